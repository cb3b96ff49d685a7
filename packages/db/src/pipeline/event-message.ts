import { z } from 'zod';
import type { StoredEvent } from '../event-store/types';
import { openEventData, sealEventData } from '../pii/event-fields';
import { piiKeyring } from '../pii/national-id';

/**
 * Kafka topic per aggregate type; the message key is the aggregate id, so one aggregate = one
 * partition = in order. The prefix lets test runs (or tenants) share a cluster without mixing.
 */
export const topicFor = (aggregateType: string, prefix = 'healthpay'): string => `${prefix}.events.${aggregateType}`;
export const eventTopics = (prefix = 'healthpay'): string[] => ['wallet', 'medcard', 'payment', 'pharmacy', 'pharmacy-licence', 'document', 'insurer-invoice', 'settlement', 'fee-schedule'].map((t) => topicFor(t, prefix));

/**
 * The message on the bus (JSON value, key = aggregateId). `position`/`transactionId` place it in the
 * global feed; `version` orders it within its aggregate and is what consumers guard on.
 */
export const eventMessage = z.object({
  eventId: z.uuid(),
  type: z.string().min(1),
  version: z.int().positive(),
  aggregateId: z.string().min(1),
  aggregateType: z.string().min(1),
  position: z.int().positive(),
  transactionId: z.int().nonnegative(),
  data: z.record(z.string(), z.unknown()),
  metadata: z.record(z.string(), z.unknown()),
  timestamp: z.iso.datetime({ offset: true }),
});
export type EventMessage = z.infer<typeof eventMessage>;

/**
 * Personal data fields (national IDs) travel encrypted, as they rest in the event store: the Kafka log
 * never holds a clear value; `fromEventMessage` decrypts (the consumer needs every key the log may still hold).
 */
export const toEventMessage = (e: StoredEvent): EventMessage => ({
  eventId: e.eventId,
  type: e.type,
  version: e.version,
  aggregateId: e.streamId,
  aggregateType: e.aggregateType,
  position: e.position,
  transactionId: e.transactionId,
  data: sealEventData(piiKeyring(), e.data) as Record<string, unknown>,
  metadata: e.metadata,
  timestamp: e.timestamp.toISOString(),
});

export const fromEventMessage = (m: EventMessage): StoredEvent => ({
  eventId: m.eventId,
  type: m.type,
  version: m.version,
  streamId: m.aggregateId,
  aggregateType: m.aggregateType,
  position: m.position,
  transactionId: m.transactionId,
  data: openEventData(piiKeyring(), m.data) as Record<string, unknown>,
  metadata: m.metadata,
  timestamp: new Date(m.timestamp),
});
