import { env } from '@healthpay/config';
import { createPool, databaseUrl } from '@healthpay/db';
import { followFeed } from '../feed-follower';
import { createKafka, ensureTopics } from '../kafka/client';
import { kafkaPublisher } from './kafka-publisher';
import { relayOnce } from './relay';

/** The outbox relay process (scaled mode): committed events → Kafka, at least once, in order per aggregate. */
const url = databaseUrl();
const pool = createPool(url, 2);
const { KAFKA_BROKERS, HP_TOPIC_PREFIX } = env();
const kafka = createKafka(KAFKA_BROKERS, 'healthpay-relay');
await ensureTopics(kafka, HP_TOPIC_PREFIX);
const publisher = await kafkaPublisher(kafka);
const follower = await followFeed(url, 'relay', () => relayOnce(pool, publisher, HP_TOPIC_PREFIX));
console.log('[relay] publishing the event feed to Kafka');
const stop = async () => {
  await follower.stop();
  await publisher.disconnect();
  await pool.end();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
