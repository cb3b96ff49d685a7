import type { AuditEntry } from '../audit/audit-log';

/** An event about to be appended; `eventId` is a UUID chosen by the caller (the domain has no random). */
export interface NewEvent {
  eventId: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

/** Events for one stream, valid only if the stream is still at `expectedVersion` (0 = does not exist). */
export interface StreamAppend {
  streamId: string;
  aggregateType: string;
  expectedVersion: number;
  events: NewEvent[];
}

/** The result a command returned, stored with its Idempotency-Key in the same transaction as its events. */
export interface IdempotencyRecord {
  scope: string;
  key: string;
  requestHash: string;
  response: unknown;
}

/** An audit entry with its time (the caller's clock; the database clock when absent). */
export type AuditRecord = AuditEntry & { at?: Date };

/** One command's writes: every stream commits, or none does. */
export interface AppendRequest {
  streams: StreamAppend[];
  idempotency?: IdempotencyRecord;
  /** The command's audit record, written in the same transaction as its events (only if they commit). */
  audit?: AuditRecord;
}

export type AppendOutcome =
  | { status: 'committed' }
  | { status: 'conflict'; streamId: string; expectedVersion: number; actualVersion: number }
  | { status: 'idempotency-race' };

export interface StoredEvent {
  position: number;
  transactionId: number;
  eventId: string;
  streamId: string;
  aggregateType: string;
  type: string;
  version: number;
  data: unknown;
  metadata: Record<string, unknown>;
  timestamp: Date;
}
