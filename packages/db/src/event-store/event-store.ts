import { findIdempotency } from '../idempotency/lookup';
import type { Pool } from '../postgres/pool';
import { GroupCommitter, type GroupCommitOptions } from './group-commit';
import { readStream } from './read-stream';
import type { AppendOutcome, AppendRequest, StoredEvent } from './types';

/** The write side's only door to Postgres: read a stream, append with expected versions. */
export class EventStore {
  private readonly committer: GroupCommitter;

  constructor(
    readonly pool: Pool,
    options: GroupCommitOptions = { maxBatch: 500, maxInFlight: 1 },
  ) {
    this.committer = new GroupCommitter(pool, options);
  }

  readStream(streamId: string, afterVersion = 0): Promise<StoredEvent[]> {
    return readStream(this.pool, streamId, afterVersion);
  }

  /** All streams of the request commit together or not at all; batched with concurrent appends. */
  append(request: AppendRequest): Promise<AppendOutcome> {
    if (request.streams.some((s) => !Number.isInteger(s.expectedVersion) || s.expectedVersion < 0)) {
      throw new RangeError('expectedVersion must be a non-negative integer');
    }
    return this.committer.append(request);
  }

  get stats() {
    return this.committer.stats;
  }

  findIdempotency(scope: string, key: string) {
    return findIdempotency(this.pool, scope, key);
  }
}
