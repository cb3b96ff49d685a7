import { openEventData } from '../pii/event-fields';
import { piiKeyring } from '../pii/national-id';
import type { StoredEvent } from './types';

export const EVENT_COLUMNS = `position, transaction_id::text::bigint AS transaction_id, event_id, aggregate_id,
  aggregate_type, event_type, version, event_data, metadata, timestamp`;

export interface EventRow {
  position: number;
  transaction_id: number;
  event_id: string;
  aggregate_id: string;
  aggregate_type: string;
  event_type: string;
  version: number;
  event_data: unknown;
  metadata: Record<string, unknown>;
  timestamp: Date;
}

/** A row as a reader sees it, its payload and metadata decoded by the caller. */
export const storedEventOf = (r: Omit<EventRow, 'event_data' | 'metadata'>, data: unknown, metadata: Record<string, unknown>): StoredEvent => ({
  position: r.position,
  transactionId: r.transaction_id,
  eventId: r.event_id,
  streamId: r.aggregate_id,
  aggregateType: r.aggregate_type,
  type: r.event_type,
  version: r.version,
  data,
  metadata,
  timestamp: r.timestamp,
});

/** A stored row as readers see it: personal data fields decrypted (see pii/event-fields.ts). */
export const toStoredEvent = (r: EventRow): StoredEvent => storedEventOf(r, openEventData(piiKeyring(), r.event_data), r.metadata);
