import { env } from '@healthpay/config';
import { createPool, databaseUrl, EventStore, pruneSignInData } from '@healthpay/db';
import cassandra from 'cassandra-driver';
import { ensureCqlSchema } from './cql/schema';
import { expireDueHolds } from './hold-expiry';
import { createKafka, ensureTopics } from './kafka/client';
import { startConsumer } from './kafka/consumer';
import { LagRecorder } from './lag';
import { startMetricsServer } from './metrics-server';
import { startPaymentReconciler } from './payment-reconciler';
import { startProjector } from './projector';
import { log } from '@healthpay/config/log';

/**
 * `npm start -w @healthpay/projector`. Embedded mode: read models follow the Postgres feed.
 * Scaled mode: a Kafka consumer group feeds the CQL balance store and the Postgres read models (the
 * relay, relay/relay-main.ts, runs as its own process). Both run the hold-expiry sweep.
 */
const e = env();
const url = databaseUrl();
const pool = createPool(url, 4);
const store = new EventStore(pool, { maxBatch: 100, maxInFlight: 1 });
const stops: (() => Promise<unknown>)[] = [];
let lag = new LagRecorder();

if (e.HP_MODE === 'scaled') {
  const cql = new cassandra.Client({ contactPoints: e.CQL_CONTACT_POINTS, localDataCenter: e.CQL_LOCAL_DC });
  await ensureCqlSchema(cql, e.CQL_KEYSPACE);
  const kafka = createKafka(e.KAFKA_BROKERS, 'healthpay-projector');
  await ensureTopics(kafka, e.HP_TOPIC_PREFIX);
  const consumer = await startConsumer({ kafka, pool, store, cql, keyspace: e.CQL_KEYSPACE, topicPrefix: e.HP_TOPIC_PREFIX });
  lag = consumer.lag;
  stops.push(() => consumer.stop(), () => cql.shutdown());
  console.log('[projector] consuming Kafka into CQL and Postgres');
} else {
  const projector = await startProjector(pool, url, log, (events) => events.forEach((ev) => lag.record(ev.timestamp)));
  stops.push(() => projector.stop());
  console.log('[projector] following the event feed');
}

const metrics = startMetricsServer(e.HP_METRICS_PORT, lag);
const reconciler = startPaymentReconciler(url);
stops.push(() => reconciler.stop());
const sweep = setInterval(() => {
  expireDueHolds(pool, store, new Date()).catch((err: unknown) => log.error('[projector] hold expiry sweep failed', err));
}, 30_000);
const housekeeping = setInterval(() => {
  pruneSignInData(pool, new Date()).catch((err: unknown) => log.error('[projector] sign-in housekeeping failed', err));
}, 3_600_000);
const stop = async () => {
  clearInterval(sweep);
  clearInterval(housekeeping);
  metrics.close();
  for (const s of stops) await s().catch(() => {});
  await pool.end();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
