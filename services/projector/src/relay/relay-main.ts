import { env } from '@healthpay/config';
import { log, setLogService } from '@healthpay/config/log';
import { createPool, databaseUrl } from '@healthpay/db';
import { followFeed } from '../feed-follower';
import { workerLifecycle } from '../lifecycle';
import { StageTimes } from '../stage-times';
import { createKafka, ensureTopics } from '../kafka/client';
import { kafkaPublisher } from './kafka-publisher';
import { relayStep } from './relay-loop';
import { startRelayMetrics } from './relay-metrics';

/** The outbox relay process (scaled mode): committed events → Kafka, at least once, in order per aggregate. */
setLogService('relay');
const url = databaseUrl();
const pool = createPool(url, 2, 'relay');
// The relay's only write is its checkpoint: one lost in a crash republishes a batch, which consumers drop by
// version (at least once either way), so its commit need not wait for a WAL flush.
pool.on('connect', (client) => void client.query('SET synchronous_commit = off').catch(() => {}));
const { KAFKA_BROKERS, HP_TOPIC_PREFIX } = env();
const kafka = createKafka(KAFKA_BROKERS, 'healthpay-relay');
await ensureTopics(kafka, HP_TOPIC_PREFIX);
const publisher = await kafkaPublisher(kafka);
// Up to 2,000 events per Kafka request; after a read of fewer than 100 the next step waits 5 ms before it reads, for the
// commits right behind it (a Kafka request costs the relay, the broker and the consumer about the same whether it
// carries 5 events or 200). While busy, the checkpoint is written at most every 100 ms: each write is a round trip and
// a commit, and a crash republishes at most what was published since, which consumers drop by version.
const stages = new StageTimes();
const step = relayStep(pool, publisher, HP_TOPIC_PREFIX, { batchSize: 2000, lingerMs: 5, lingerBelow: 100, checkpointEveryMs: 100, stages });
const follower = await followFeed(url, 'relay', step, log);
log.info('[relay] publishing the event feed to Kafka');
const metrics = await startRelayMetrics(pool, env(), stages);
// SIGTERM: readiness 503, the batch in flight published, the checkpoint written, the producer flushed and closed.
await workerLifecycle('relay', pool, [
  ['metrics', () => metrics.stop()],
  ['feed', () => follower.stop()],
  ['checkpoint', () => step.flush()],
  ['kafka producer', () => publisher.disconnect()],
]);
