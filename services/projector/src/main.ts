import { documentStorageFromEnv, pruneUnattachedDocuments } from '@healthpay/api';
import { env } from '@healthpay/config';
import { createPool, databaseUrl, EventStore, pruneSignInData } from '@healthpay/db';
import cassandra from 'cassandra-driver';
import { ensureCqlSchema } from './cql/schema';
import { expireDueHolds } from './hold-expiry';
import { createKafka, ensureTopics } from './kafka/client';
import { startConsumer } from './kafka/consumer';
import { startOpenedLowWater } from './kafka/opened-low-water';
import { LagRecorder } from './lag';
import type { StageTimes } from './stage-times';
import { workerLifecycle } from './lifecycle';
import { startMetricsServer } from './metrics-server';
import { startPaymentReconciler } from './payment-reconciler';
import { startProjector } from './projector';
import { restoreDeferredIndexes } from './rebuild/deferred-indexes';
import { startSmsSender } from './sms-sender';
import { log, setLogService } from '@healthpay/config/log';

/**
 * `npm start -w @healthpay/projector`. Embedded mode: read models follow the Postgres feed.
 * Scaled mode: a Kafka consumer group feeds the CQL balance store and the Postgres read models (the
 * relay, relay/relay-main.ts, runs as its own process). Both run the hold-expiry sweep and the SMS sender.
 */
setLogService('projector');
const e = env();
const url = databaseUrl();
const pool = createPool(url, 4, 'projector');
const store = new EventStore(pool, { maxBatch: 100, maxInFlight: 1 });
const stops: (() => Promise<unknown>)[] = [];
let lag = new LagRecorder();
let stages: StageTimes | undefined;
// A rebuild killed mid-replay leaves its deferred secondary indexes dropped (rows are right; lookups slow): build them.
await restoreDeferredIndexes(pool);

if (e.HP_MODE === 'scaled') {
  const cql = new cassandra.Client({ contactPoints: e.CQL_CONTACT_POINTS, localDataCenter: e.CQL_LOCAL_DC });
  await ensureCqlSchema(cql, e.CQL_KEYSPACE);
  const kafka = createKafka(e.KAFKA_BROKERS, 'healthpay-projector');
  await ensureTopics(kafka, e.HP_TOPIC_PREFIX);
  const consumer = await startConsumer({ kafka, pool, store, cql, keyspace: e.CQL_KEYSPACE, topicPrefix: e.HP_TOPIC_PREFIX, log });
  lag = consumer.lag;
  stages = consumer.stages;
  // One wallet and one card per person must see opens relayed but not yet applied (kafka/opened-low-water.ts).
  const lowWater = startOpenedLowWater(pool, log);
  stops.push(() => lowWater.stop(), () => consumer.stop(), () => cql.shutdown());
  log.info('[projector] consuming Kafka into CQL and Postgres');
} else {
  const projector = await startProjector(pool, url, log, (events) => events.forEach((ev) => lag.record(ev.timestamp)));
  stops.push(() => projector.stop());
  log.info('[projector] following the event feed');
}

const metrics = await startMetricsServer(e.METRICS_PORT ?? e.HP_METRICS_PORT, lag, e.METRICS_HOST, stages);
const reconciler = startPaymentReconciler(url);
stops.push(() => reconciler.stop());
const smsSender = await startSmsSender(url);
stops.push(() => smsSender.stop());
const sweep = setInterval(() => {
  expireDueHolds(pool, store, new Date()).catch((err: unknown) => log.error('[projector] hold expiry sweep failed', err));
}, 30_000);
const documents = documentStorageFromEnv(e);
const housekeeping = setInterval(() => {
  pruneSignInData(pool, new Date()).catch((err: unknown) => log.error('[projector] sign-in housekeeping failed', err));
  // Claim document uploads never attached to a claim within a day (docs/documents.md).
  pruneUnattachedDocuments({ pool, store, documents }, new Date()).catch((err: unknown) => log.error('[projector] document pruning failed', err));
}, 3_600_000);
// SIGTERM: readiness 503, sweeps stopped, the batch in flight projected and checkpointed, clients closed.
await workerLifecycle('projector', pool, [
  ['timers', async () => {
    clearInterval(sweep);
    clearInterval(housekeeping);
  }],
  ['metrics', () => new Promise((resolve) => metrics.close(resolve))],
  ...stops.map((s, i) => [`worker ${i + 1} of ${stops.length}`, s] as [string, () => Promise<unknown>]),
]);
