import { type EventStore, type Pool, type StoredEvent } from '@healthpay/db';
import { eventMessage, eventTopics, fromEventMessage } from '@healthpay/db/pipeline';
import type { Client } from 'cassandra-driver';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { CqlMonthlySpend } from '../cql/monthly-spend';
import { CqlWalletBalances } from '../cql/wallet-balances';
import { CqlWriteBatcher } from '../cql/write-batcher';
import { LagRecorder } from '../lag';
import { StageTimes } from '../stage-times';
import { groupApplier } from './group-apply';
import { applyToPostgres } from './pg-apply';
import { recordConsumed } from './consumer-metrics';

export interface RunningConsumer {
  stop(): Promise<void>;
  lag: LagRecorder;
  /** Where each event's lag went (ms): `relay` (commit → produced), `kafka` (→ handed to us), `cql`, then `postgres` (→ both written); and `transaction`, events per Postgres transaction. */
  stages: StageTimes;
  stats: { batches: number; events: number; invalid: number; gapsFilled: number; cql: CqlWalletBalances['stats'] };
}

export interface ConsumerOptions {
  kafka: Kafka;
  pool: Pool;
  store: EventStore;
  cql: Client;
  keyspace: string;
  groupId?: string;
  topicPrefix: string;
  log?: Pick<Console, 'error' | 'warn'>;
}

/**
 * Scaled mode projector: a consumer group over the event topics. Each batch goes to CQL and to the
 * Postgres read models before its offsets are resolved, so a crash or rebalance redelivers it; both
 * sides drop what they already applied (by aggregate version) and fill gaps from the event store.
 */
export async function startConsumer(o: ConsumerOptions): Promise<RunningConsumer> {
  const log = o.log ?? console;
  const backfill = async (id: string, after: number, before: number) =>
    (await o.store.readStream(id, after)).filter((e) => e.version < before);
  // One batcher: the wallet rows and card months of one fetch go to Cassandra together.
  const writes = new CqlWriteBatcher(o.cql, o.keyspace);
  const balances = new CqlWalletBalances(o.cql, o.keyspace, backfill, writes);
  const spend = new CqlMonthlySpend(o.cql, o.keyspace, backfill, writes);
  const lag = new LagRecorder();
  const stages = new StageTimes();
  const stats = { batches: 0, events: 0, invalid: 0, gapsFilled: 0, cql: balances.stats };
  const toPostgres = groupApplier((events) => {
    stages.record('transaction', events.length);
    return applyToPostgres(o.pool, o.store, events);
  });
  // A fetch waits for ~8 KB (about 20 events) or 20 ms, whichever comes first: fewer, fuller batches (one Postgres
  // transaction and one CQL round per batch) cost less CPU per event than a fetch per trickle, for ≤ 20 ms of lag.
  const consumer = o.kafka.consumer({
    groupId: o.groupId ?? 'healthpay-projector', allowAutoTopicCreation: false, minBytes: 8_192, maxWaitTimeInMs: 20,
  });
  // The next offset of each partition whose batch is applied, committed once more on a clean stop.
  const applied = new Map<string, { topic: string; partition: number; offset: string }>();
  // Rows cached for partitions we no longer own may be moved on by their new owner (nor are their offsets ours).
  consumer.on(consumer.events.GROUP_JOIN, () => {
    balances.forget();
    spend.forget();
    applied.clear();
  });
  await consumer.connect();
  await consumer.subscribe({ topics: eventTopics(o.topicPrefix), fromBeginning: true });
  await consumer.run({
    // Partitions hold disjoint aggregates: they can be projected side by side.
    partitionsConsumedConcurrently: 6,
    eachBatchAutoResolve: false,
    // kafkajs's auto-commit sends an OffsetCommit after every partition batch (hundreds a second under load, each
    // written to __consumer_offsets). Offsets resolved after their batch was applied are committed at most once a
    // second instead: a crash or rebalance redelivers up to a second more, which both sides drop by version.
    autoCommit: false,
    autoCommitInterval: COMMIT_EVERY_MS,
    eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }) => {
      if (!isRunning() || isStale()) return;
      const fetchedAt = Date.now();
      const events: StoredEvent[] = [];
      for (const m of batch.messages) {
        const producedAt = Number(m.timestamp);
        for (const e of parse(m, log, stats)) {
          events.push(e);
          stages.record('relay', producedAt - e.timestamp.getTime());
          stages.record('kafka', fetchedAt - producedAt);
        }
      }
      const perEvent = (stage: string) => {
        const ms = Date.now() - fetchedAt;
        for (let i = 0; i < events.length; i++) stages.record(stage, ms);
      };
      await Promise.all([
        balances.applyAll(events.filter((x) => x.aggregateType === 'wallet')),
        spend.applyAll(events.filter((x) => x.aggregateType === 'medcard')),
      ]);
      perEvent('cql');
      stats.gapsFilled += await toPostgres(events);
      perEvent('postgres');
      const now = Date.now();
      for (const e of events) lag.record(e.timestamp, now);
      recordConsumed(batch.topic, batch.partition, batch.offsetLag(), events, now);
      for (const m of batch.messages) resolveOffset(m.offset);
      const last = batch.messages.at(-1);
      if (last) applied.set(`${batch.topic}\u0000${batch.partition}`, { topic: batch.topic, partition: batch.partition, offset: String(BigInt(last.offset) + 1n) });
      stats.batches++;
      stats.events += events.length;
      await commitOffsetsIfNecessary();
      await heartbeat();
    },
  });
  return {
    async stop() {
      // Best effort: what is not committed here is redelivered to the next owner and dropped by version.
      if (applied.size > 0) await consumer.commitOffsets([...applied.values()]).catch(() => {});
      await consumer.disconnect();
    },
    lag,
    stages,
    stats,
  };
}

const COMMIT_EVERY_MS = 1_000;

/** A message that fails validation is logged and skipped: it must not block its partition forever. */
function parse(m: KafkaMessage, log: Pick<Console, 'error'>, stats: { invalid: number }): StoredEvent[] {
  try {
    const parsed = eventMessage.safeParse(JSON.parse(m.value?.toString() ?? 'null'));
    if (parsed.success) return [fromEventMessage(parsed.data)];
    log.error(`[consumer] invalid event message at offset ${m.offset}: ${parsed.error.issues[0]?.message}`);
  } catch {
    log.error(`[consumer] unreadable message at offset ${m.offset}`);
  }
  stats.invalid++;
  return [];
}
