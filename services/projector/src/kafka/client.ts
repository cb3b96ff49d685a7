import { eventTopics } from '@healthpay/db/pipeline';
import { log } from '@healthpay/config/log';
import { Kafka, logLevel, type logCreator } from 'kafkajs';

export const PARTITIONS = 6;

export function createKafka(brokers: string[], clientId: string, level: logLevel = logLevel.ERROR): Kafka {
  return new Kafka({
    clientId,
    brokers,
    logLevel: level,
    logCreator: kafkaLog,
    // Keep trying through a broker restart: commands keep committing meanwhile, the backlog drains after.
    retry: { initialRetryTime: 200, maxRetryTime: 5_000, retries: 1_000 },
  });
}

/** kafkajs's own lines through the process log (JSON, redacted), instead of its console format. */
const kafkaLog: logCreator = () => ({ namespace, level, log: { message, timestamp: _t, logger: _l, ...fields } }) => {
  const at = level <= logLevel.ERROR ? 'error' : level === logLevel.WARN ? 'warn' : 'info';
  log[at](`[kafkajs] ${namespace}: ${message}`, fields);
};

/** Creates the event topics if missing (auto-creation on first send logs errors and races leaders). */
export async function ensureTopics(kafka: Kafka, prefix: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = eventTopics(prefix).filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic, numPartitions: PARTITIONS, replicationFactor: 1 })) });
    }
  } finally {
    await admin.disconnect();
  }
}
