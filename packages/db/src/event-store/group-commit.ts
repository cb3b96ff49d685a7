import { recordCommit } from '@healthpay/config/metrics';
import type { Pool, PoolClient } from '../postgres/pool';
import { CommitNotifier } from './commit-notifier';
import type { AppendOutcome, AppendRequest } from './types';
import { writeBatch } from './write-batch';

interface Pending {
  request: AppendRequest;
  resolve: (o: AppendOutcome) => void;
  reject: (e: unknown) => void;
}

export interface GroupCommitOptions {
  /** Most requests in one transaction. */
  maxBatch: number;
  /** Transactions committing at once; more lets Postgres share fsyncs between them too. */
  maxInFlight: number;
}

/**
 * Turns many concurrent appends into few transactions. A request waits at most for the batches
 * already in flight: under light load every append commits alone at once; under heavy load the
 * queue grows while a batch commits and the next batch takes it all.
 */
export class GroupCommitter {
  private queue: Pending[] = [];
  private inFlight = 0;
  private scheduled = false;
  /** Transactions committed and requests they carried (for tests, benchmarks and metrics). */
  readonly stats = { transactions: 0, requests: 0, largestBatch: 0 };
  private readonly notifier: CommitNotifier;

  constructor(
    private readonly pool: Pool,
    private readonly options: GroupCommitOptions,
  ) {
    this.notifier = new CommitNotifier(pool);
  }

  append(request: AppendRequest): Promise<AppendOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // Let the requests that arrive in this same turn of the event loop join the batch.
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.take();
      this.inFlight++;
      void this.run(batch).finally(() => {
        this.inFlight--;
        if (this.queue.length > 0) this.schedule();
      });
    }
  }

  /** Next batch: at most one request per stream (a second one waits for the next batch). */
  private take(): Pending[] {
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    const streams = new Set<string>();
    for (const p of this.queue) {
      const ids = p.request.streams.map((s) => s.streamId);
      if (batch.length >= this.options.maxBatch || ids.some((id) => streams.has(id))) {
        rest.push(p);
        continue;
      }
      ids.forEach((id) => streams.add(id));
      batch.push(p);
    }
    this.queue = rest;
    return batch;
  }

  /**
   * One commit slot. It keeps its connection while requests are queued and sends the next batch as soon as the
   * previous one's result is in, before handing out that batch's answers: their callers' work (answering HTTP,
   * parsing new requests) would otherwise run first, and the slot would sit idle for it (docs/benchmarks.md,
   * `npm run bench` run 7).
   */
  private async run(first: Pending[]): Promise<void> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      return this.retryAlone(first, error);
    }
    let batch = first;
    let started = performance.now();
    let sent = writeBatch(client, batch.map((p) => p.request));
    for (;;) {
      let outcomes: AppendOutcome[];
      try {
        outcomes = await sent;
      } catch (error) {
        // A failed ROLLBACK leaves the connection unusable: drop it rather than return it to the pool.
        client.release(error instanceof Error ? error : new Error(String(error)));
        return this.retryAlone(batch, error);
      }
      recordCommit(batch.length, (performance.now() - started) / 1000);
      const next = this.queue.length > 0 ? this.take() : undefined;
      if (next) {
        started = performance.now();
        sent = writeBatch(client, next.map((p) => p.request));
      }
      this.count(batch.length);
      batch.forEach((p, i) => p.resolve(outcomes[i] ?? { status: 'committed' }));
      if (!next) break;
      batch = next;
    }
    client.release();
  }

  /** One bad request (or a deadlock) must not fail its neighbours: each is retried alone. */
  private async retryAlone(batch: Pending[], error: unknown): Promise<void> {
    if (batch.length === 1) return batch[0]?.reject(error);
    for (const p of batch) {
      await this.withClient((c) => writeBatch(c, [p.request])).then(
        (o) => (this.count(1), p.resolve(o[0] ?? { status: 'committed' })),
        p.reject,
      );
    }
  }

  private count(requests: number): void {
    // Readers are woken after the commit, not inside it (commit-notifier.ts).
    this.notifier.poke();
    this.stats.transactions++;
    this.stats.requests += requests;
    this.stats.largestBatch = Math.max(this.stats.largestBatch, requests);
  }

  private async withClient<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      return await fn(client);
    } catch (error) {
      // A failed ROLLBACK leaves the connection unusable: drop it rather than return it to the pool.
      broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
