import { feedPositionOf, readCheckpoint, readFeed, type FeedPosition, type Pool, type StoredEvent } from '@healthpay/db';
import { advanceCheckpoint } from '@healthpay/db/checkpoint';
import { toEventMessage, topicFor } from '@healthpay/db/pipeline';
import type { StageTimes } from '../stage-times';
import { RELAY_CHECKPOINT, type Publisher } from './relay';

export interface RelayOptions {
  /** Events per Kafka request at most. */
  batchSize?: number;
  /** After a read smaller than `lingerBelow`, the next step waits this long before it reads, so one request carries more. */
  lingerMs?: number;
  lingerBelow?: number;
  /**
   * While steps follow each other, the checkpoint is written at most this often (0: after every step); a step that
   * finds nothing new writes what is pending once this long has passed, and `flush` writes it at stop.
   */
  checkpointEveryMs?: number;
  /** Where the relay's share of the lag goes, per event (ms): `read` (commit → read, a linger included), `produce`, `checkpoint`. */
  stages?: StageTimes;
}

/** One relay step for `followFeed` (returns the events relayed), and `flush` for a clean stop (never during a step). */
export interface RelayStep {
  (): Promise<number>;
  /** Writes the checkpoint of what is published but not yet recorded. */
  flush(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The relay process's step (what `relayOnce` does, with fewer round trips): the checkpoint is read once and then
 * kept in memory — the compare-and-set still guards every move, and losing it to another relay instance reads
 * it again — a step after a small read lingers a few milliseconds before its one read to gather the commits behind
 * it, and while steps follow each other the checkpoint is written at most every `checkpointEveryMs`. At least once
 * and in feed order, exactly like `relayOnce`: the stored checkpoint never passes what Kafka acknowledged, and a
 * crash republishes at most what was published since it was written, which consumers drop by version.
 */
export function relayStep(pool: Pool, publisher: Publisher, prefix: string, o: RelayOptions = {}): RelayStep {
  const size = o.batchSize ?? 1000;
  const every = o.checkpointEveryMs ?? 0;
  /** Where the next read starts (everything before it is on Kafka), and the checkpoint as stored. */
  let from: FeedPosition | null = null;
  let stored: FeedPosition | null = null;
  let storedAt = 0;
  let small = true;
  /** Compare-and-set from the stored checkpoint; losing it to another relay instance reads it again next step. */
  const save = async (to: FeedPosition): Promise<boolean> => {
    if (stored && (await advanceCheckpoint(pool, RELAY_CHECKPOINT, stored, to))) {
      stored = to;
      storedAt = performance.now();
      return true;
    }
    from = stored = null;
    return false;
  };
  const step = async (): Promise<number> => {
    if (!from) {
      from = stored = await readCheckpoint(pool, RELAY_CHECKPOINT);
      storedAt = performance.now();
    }
    const start: FeedPosition = from;
    if (o.lingerMs && small) await sleep(o.lingerMs);
    const events = await readFeed(pool, start, size);
    small = events.length < (o.lingerBelow ?? 0);
    const last = events.at(-1);
    if (!last) {
      if (stored !== start && performance.now() - storedAt >= every) await save(start);
      return 0;
    }
    const readAt = Date.now();
    await publisher.publish(events.map((e) => ({ topic: topicFor(e.aggregateType, prefix), key: e.streamId, value: JSON.stringify(toEventMessage(e)) })));
    const ackAt = Date.now();
    const to = feedPositionOf(last);
    const moved = performance.now() - storedAt >= every ? await save(to) : true;
    if (o.stages) recordStages(o.stages, events, { readAt, ackAt });
    if (!moved) return 0; // another relay instance moved the checkpoint (it published this batch too)
    from = to;
    return events.length;
  };
  return Object.assign(step, {
    async flush() {
      if (from && stored !== from) await save(from);
    },
  });
}

function recordStages(stages: StageTimes, events: readonly StoredEvent[], at: { readAt: number; ackAt: number }): void {
  const doneAt = Date.now();
  for (const e of events) {
    stages.record('read', at.readAt - e.timestamp.getTime());
    stages.record('produce', at.ackAt - at.readAt);
    stages.record('checkpoint', doneAt - at.ackAt);
  }
}
