import { env } from '@healthpay/config';
import { createPool, databaseUrl } from '@healthpay/db';
import { followFeed } from '../feed-follower';
import { workerLifecycle } from '../lifecycle';
import { createKafka, ensureTopics } from '../kafka/client';
import { kafkaPublisher } from './kafka-publisher';
import { relayOnce } from './relay';
import { startRelayMetrics } from './relay-metrics';

/** The outbox relay process (scaled mode): committed events → Kafka, at least once, in order per aggregate. */
const url = databaseUrl();
const pool = createPool(url, 2, 'relay');
const { KAFKA_BROKERS, HP_TOPIC_PREFIX } = env();
const kafka = createKafka(KAFKA_BROKERS, 'healthpay-relay');
await ensureTopics(kafka, HP_TOPIC_PREFIX);
const publisher = await kafkaPublisher(kafka);
const follower = await followFeed(url, 'relay', () => relayOnce(pool, publisher, HP_TOPIC_PREFIX));
console.log('[relay] publishing the event feed to Kafka');
const metrics = await startRelayMetrics(pool, env());
// SIGTERM: readiness 503, the batch in flight published and checkpointed, the producer flushed and closed.
await workerLifecycle('relay', pool, [
  ['metrics', () => metrics.stop()],
  ['feed', () => follower.stop()],
  ['kafka producer', () => publisher.disconnect()],
]);
