import { randomUUID } from 'node:crypto';
import { apiHarness, type Harness } from '@healthpay/api/testing';
import { untilEarlierTransactionsEnd } from '@healthpay/db/testing';
import cassandra from 'cassandra-driver';
import { logLevel } from 'kafkajs';
import { inject } from 'vitest';
import { ensureCqlSchema } from '../cql/schema';
import { startConsumer, type ConsumerOptions, type RunningConsumer } from '../kafka/consumer';
import { createKafka, ensureTopics } from '../kafka/client';
import { kafkaPublisher } from '../relay/kafka-publisher';
import { relayOnce } from '../relay/relay';

export interface ScaledHarness extends Harness {
  prefix: string;
  keyspace: string;
  cql: cassandra.Client;
  kafka: ReturnType<typeof createKafka>;
  databaseUrl: string;
  /** A consumer of this file's topics, in this file's group; `pool` replaces the one it writes the read models with. */
  startConsumer(o?: Pick<ConsumerOptions, 'pool'>): Promise<RunningConsumer>;
  /** Relays the whole feed to Kafka in this process (what the relay process does); returns the count. */
  relayAll(): Promise<number>;
  /** An active wallet of Omar's with this much money. */
  newWallet(credit: number): Promise<string>;
  /** The wallet's row in CQL, or null. */
  cqlWallet(walletId: string): Promise<{ balance: number; held: number; available: number; version: number } | null>;
  /** Balance from the event store alone. */
  eventBalance(walletId: string): Promise<number>;
  closeScaled(): Promise<void>;
}

/** A test database and API (like apiHarness) plus this file's own CQL keyspace and Kafka topics. */
export async function scaledHarness(): Promise<ScaledHarness> {
  const h = await apiHarness();
  const id = randomUUID().replaceAll('-', '').slice(0, 12);
  const prefix = `t${id}`;
  const keyspace = `t${id}`;
  const cql = new cassandra.Client({ contactPoints: [inject('cqlContactPoint')], localDataCenter: 'datacenter1' });
  await cql.connect();
  await ensureCqlSchema(cql, keyspace);
  // Quiet: the fault specs stop the broker on purpose, and kafkajs logs every refused reconnect.
  const kafka = createKafka(inject('kafkaBrokers'), `test-${id}`, logLevel.NOTHING);
  await ensureTopics(kafka, prefix);
  const consumers: RunningConsumer[] = [];
  let publisher: Awaited<ReturnType<typeof kafkaPublisher>> | undefined;
  return {
    ...h,
    prefix,
    keyspace,
    cql,
    kafka,
    databaseUrl: h.services.pool.options.connectionString as string,
    async startConsumer(o) {
      const c = await startConsumer({ kafka, pool: o?.pool ?? h.services.pool, store: h.services.store, cql, keyspace, topicPrefix: prefix, groupId: `g-${id}`, log: { error: () => {}, warn: () => {} } });
      consumers.push(c);
      return c;
    },
    async relayAll() {
      publisher ??= await kafkaPublisher(kafka);
      // The feed stops at the oldest transaction open anywhere in the test cluster (transaction ids are cluster-wide):
      // while another spec file's transaction is open, the spec's own commits are not yet relayable, and a relay pass
      // would find nothing and stop. Wait, bounded, until every transaction begun before this call has ended.
      await untilEarlierTransactionsEnd(h.services.pool);
      let n = 0;
      for (let k = await relayOnce(h.services.pool, publisher, prefix); k > 0; k = await relayOnce(h.services.pool, publisher, prefix)) n += k;
      return n;
    },
    async newWallet(credit) {
      const admin = await h.as('u-admin');
      const walletId = randomUUID();
      await admin.wallet.open({ walletId, ownerId: 'u-omar', secondWalletReason: 'scaled spec: a fresh wallet' });
      await admin.wallet.changeStatus({ walletId, action: 'activate' });
      await admin.wallet.credit({ walletId, amount: credit, reference: 'top-up' });
      return walletId;
    },
    async cqlWallet(walletId) {
      const r = (await cql.execute(`SELECT balance, held, available, last_version FROM ${keyspace}.wallet_balances WHERE wallet_id = ?`, [walletId], { prepare: true })).first();
      return r ? { balance: Number(r.balance), held: Number(r.held), available: Number(r.available), version: r.last_version as number } : null;
    },
    async eventBalance(walletId) {
      const res = await h.services.pool.query<{ sum: number }>(
        `SELECT COALESCE(SUM(CASE WHEN event_type IN ('WalletCredited','WalletTransferReceived') THEN (event_data->>'amount')::bigint
           WHEN event_type IN ('WalletDebited','WalletTransferSent','WalletHoldCaptured') THEN -(event_data->>'amount')::bigint
           ELSE 0 END), 0)::bigint AS sum FROM events WHERE aggregate_id = $1`, [walletId]);
      return res.rows[0]?.sum ?? Number.NaN;
    },
    async closeScaled() {
      await Promise.allSettled([...consumers.map((c) => c.stop()), publisher?.disconnect()]);
      await cql.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`).catch(() => {});
      await cql.shutdown();
      await h.close();
    },
  };
}
