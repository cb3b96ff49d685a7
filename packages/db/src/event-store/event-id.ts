import { randomUUID } from 'node:crypto';

/** The last millisecond an id was made for, and its ids' first 15 characters. */
const last = { ms: Number.NaN, prefix: '' };

/**
 * A new event's id: a UUIDv7 (RFC 9562) — the first 48 bits the Unix time in milliseconds, version 7, then 74 random
 * bits (a random v4's, whose variant is already RFC's). Time-ordered, so `events_event_id_key` (the uniqueness guard
 * read models key their rows by: wallet transactions, ledger entries, payment notifications) takes each new id at its
 * right end instead of at a random leaf: ~9 µs of Postgres CPU less per debit's commit at 2.26M events (bench run 15).
 * The ids carry their creation time to the millisecond, as the event's timestamp already does.
 */
export function newEventId(ms: number = Date.now()): string {
  // The time's part is the same for every id of one millisecond (a batch of commands): written once for it.
  if (ms !== last.ms) {
    const time = ms.toString(16).padStart(12, '0');
    last.ms = ms;
    last.prefix = `${time.slice(0, 8)}-${time.slice(8, 12)}-7`;
  }
  // randomUUID(): xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx; from index 15 on: 3 random hex, the variant group, the node.
  return last.prefix + randomUUID().slice(15);
}
