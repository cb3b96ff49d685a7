import type { Client } from 'cassandra-driver';

/** One prepared write and the partition key it routes by. */
export interface CqlWrite {
  query: string;
  params: unknown[];
  partitionKey: string;
}

interface Pending extends CqlWrite {
  done: () => void;
  fail: (error: unknown) => void;
}

/**
 * Writes issued in the same turn of the event loop (the partitions' batches of one Kafka fetch) go to Cassandra
 * as UNLOGGED batches of up to `maxStatements`, one batch per replica that owns their partitions, sent to that
 * replica: one request instead of one per row, and no coordinator fan-out, since every partition of a batch lives
 * on the node that receives it. Unlogged batches promise no atomicity, and need none here: every statement is an
 * absolute row written USING TIMESTAMP <version>, so each applies (or is retried) alone with the same result.
 * Each caller's promise settles with the request that carried its write.
 */
export class CqlWriteBatcher {
  private pending: Pending[] = [];

  constructor(private readonly client: Client, private readonly keyspace: string, private readonly maxStatements = 25) {}

  write(w: CqlWrite): Promise<void> {
    return new Promise<void>((done, fail) => {
      if (this.pending.push({ ...w, done, fail }) === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const all = this.pending;
    this.pending = [];
    const byReplica = new Map<string, Pending[]>();
    for (const w of all) {
      const replica = this.replicaOf(w.partitionKey);
      const list = byReplica.get(replica);
      if (list) list.push(w);
      else byReplica.set(replica, [w]);
    }
    for (const list of byReplica.values()) {
      for (let i = 0; i < list.length; i += this.maxStatements) this.send(list.slice(i, i + this.maxStatements));
    }
  }

  private send(chunk: Pending[]): void {
    const first = chunk[0] as Pending;
    const sent = chunk.length === 1
      ? this.client.execute(first.query, first.params, { prepare: true, isIdempotent: true })
      : this.client.batch(chunk.map(({ query, params }) => ({ query, params })), {
        prepare: true, logged: false, isIdempotent: true, routingKey: Buffer.from(first.partitionKey),
      });
    sent.then(() => chunk.forEach((w) => w.done()), (error: unknown) => chunk.forEach((w) => w.fail(error)));
  }

  /** The first replica of the partition ('' while the driver knows a single host or no ring: all go together). */
  private replicaOf(partitionKey: string): string {
    if (this.client.hosts.length <= 1) return '';
    return this.client.getReplicas(this.keyspace, Buffer.from(partitionKey))?.[0]?.address ?? '';
  }
}
