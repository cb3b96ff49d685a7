import { recordProjected, metrics } from '@healthpay/config/metrics';
import type { StoredEvent } from '@healthpay/db';

/** The consumer group's projection: lag per event, partition lag behind its high watermark. */
export const CONSUMER_PROJECTION = 'kafka-consumer';

/** After a batch is applied: how far behind its partition still is, and the projection lag of its events. */
export function recordConsumed(topic: string, partition: number, offsetLag: string, events: readonly StoredEvent[], now: number): void {
  metrics().consumerLag.set({ topic, partition: String(partition) }, Math.max(0, Number(offsetLag) || 0));
  if (events.length === 0) return;
  const position = events.reduce((max, e) => Math.max(max, e.position), 0);
  recordProjected(CONSUMER_PROJECTION, events.map((e) => e.timestamp), position, now);
}
