import { Kafka, logLevel } from 'kafkajs';
import { HOST } from './common.js';

/**
 * Ready = the cluster describes itself with a broker and a controller, the group coordinator is found
 * (that creates __consumer_offsets) and an idempotent producer gets its producer id. The port opens before
 * the broker is unfenced; until the other two work, a client's first consumer/idempotent producer logs
 * "coordinator not available/loading" and retries. One attempt per call: the caller polls.
 */
export async function kafkaReady(port: number, timeoutMs = 3000): Promise<boolean> {
  const kafka = new Kafka({
    clientId: 'healthpay-infra',
    brokers: [`${HOST}:${port}`],
    logLevel: logLevel.NOTHING,
    connectionTimeout: timeoutMs,
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  });
  const admin = kafka.admin({ retry: { retries: 0 } });
  // An idempotent producer refuses retries: 0; one short retry keeps a single call bounded.
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 1, initialRetryTime: 100, maxRetryTime: 300 } });
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    if (cluster.brokers.length < 1 || cluster.controller === null || cluster.controller < 0) return false;
    await admin.describeGroups(['healthpay-infra-probe']); // FindCoordinator first
    await producer.connect(); // InitProducerId for an idempotent producer
    return true;
  } catch {
    return false;
  } finally {
    await Promise.allSettled([producer.disconnect(), admin.disconnect()]);
  }
}
