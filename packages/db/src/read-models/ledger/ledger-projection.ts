import { cairoDay } from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';
import type { DocumentProjection } from '../../projections/types';
import type { LedgerContext, LedgerEvent } from './posting';
import { ledgerEventTypes, nextContext, postingsOf } from './postings';

export interface LedgerEntry {
  eventId: string;
  leg: number;
  streamId: string;
  version: number;
  position: number;
  eventType: string;
  account: string;
  debit: number;
  credit: number;
  occurredAt: string;
  /** Africa/Cairo calendar day of `occurredAt`: what the trial balance is cut by. */
  day: string;
}

/** Per stream: how far the ledger got, the facts later postings need, and the entries this batch added. */
export interface LedgerStreamDoc {
  streamId: string;
  version: number;
  context: LedgerContext;
  entries: LedgerEntry[];
}

/** The event's own instant (`data.at`), else when it was stored, in milliseconds. */
const occurredMs = (e: StoredEvent): number => {
  const at = (e.data as { at?: unknown } | null)?.at;
  const ms = typeof at === 'string' ? Date.parse(at) : Number.NaN;
  return Number.isNaN(ms) ? e.timestamp.getTime() : ms;
};

/** Pure: the stream's ledger state after one more event; an event at or below its version was posted already. */
export function evolveLedgerDoc(doc: LedgerStreamDoc | null, stored: StoredEvent): LedgerStreamDoc | null {
  if (doc && stored.version <= doc.version) return doc;
  const base = doc ?? { streamId: stored.streamId, version: 0, context: {}, entries: [] };
  // The stored event itself, not a copy: its metadata is read only by a rule that needs it (a rebuild's feed parses it then).
  const event: LedgerEvent = stored;
  const postings = postingsOf(event, base.context);
  const ms = postings.length > 0 ? occurredMs(stored) : 0;
  const at = postings.length > 0 ? new Date(ms).toISOString() : '';
  // `cairoDay` is remembered per UTC hour by the domain (Intl formatting per entry was a tenth of a replay's CPU).
  const day = postings.length > 0 ? cairoDay(at) : '';
  const entries = postings.map((p, leg): LedgerEntry => ({
    eventId: stored.eventId, leg, streamId: stored.streamId, version: stored.version, position: stored.position,
    eventType: stored.type, account: p.account, debit: p.debit, credit: p.credit, occurredAt: at, day,
  }));
  return { ...base, version: stored.version, context: nextContext(event, base.context), entries: [...base.entries, ...entries] };
}

const SELECT = 'SELECT stream_id AS "streamId", version, context FROM ledger_streams WHERE stream_id = ANY($1::text[])';

const UPSERT_STREAMS = `
INSERT INTO ledger_streams (stream_id, version, context)
SELECT * FROM unnest($1::text[], $2::int[], $3::jsonb[])
ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, context = excluded.context
WHERE ledger_streams.version < excluded.version`;

// The key is (event id, leg): a redelivered event inserts nothing twice.
const INSERT_ENTRIES = `
INSERT INTO ledger_entries (event_id, leg, stream_id, version, position, event_type, account, debit, credit, occurred_at, day)
SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::int[], $5::bigint[], $6::text[], $7::text[], $8::bigint[],
  $9::bigint[], $10::timestamptz[], $11::date[])
ON CONFLICT DO NOTHING`;

/** The double-entry ledger (`ledger_entries`), derived from the event store; docs/finance.md lists the postings. */
export const ledgerProjection: DocumentProjection<LedgerStreamDoc> = {
  name: 'ledger_entries',
  canHandle: ledgerEventTypes,
  keyOf: (e) => e.streamId,
  evolve: evolveLedgerDoc,
  settle: (doc) => ({ ...doc, entries: [] }),
  async load(tx, keys) {
    const res = await tx.query<Omit<LedgerStreamDoc, 'entries'>>({ name: 'hp_project_ledger_load', text: SELECT, values: [keys] });
    return new Map(res.rows.map((r) => [r.streamId, { ...r, entries: [] }]));
  },
  async save(tx, docs) {
    if (docs.length === 0) return;
    await tx.query({ name: 'hp_project_ledger_streams', text: UPSERT_STREAMS, values: [docs.map((d) => d.streamId), docs.map((d) => d.version), docs.map((d) => JSON.stringify(d.context))] });
    const rows = docs.flatMap((d) => d.entries);
    if (rows.length === 0) return;
    const col = <K extends keyof LedgerEntry>(k: K) => rows.map((r) => r[k]);
    await tx.query({ name: 'hp_project_ledger_entries', text: INSERT_ENTRIES, values: [col('eventId'), col('leg'), col('streamId'), col('version'),
      col('position'), col('eventType'), col('account'), col('debit'), col('credit'), col('occurredAt'), col('day')] });
  },
};
