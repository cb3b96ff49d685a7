import { feeScheduleStreamId, type FeeScheduleEntry, type FeeScheduleEvent, type FeeScheduleScope } from '@healthpay/domain';
import type { DocumentProjection } from '../../projections/types';

/** One `fee_schedules` row: one FeeScheduleSet, keyed by its stream and version. */
export interface FeeScheduleDoc {
  streamId: string;
  version: number;
  entry: FeeScheduleEntry;
}

const key = (streamId: string, version: number) => `${streamId}\u0000${version}`;

/** Pure: an entry is written once; seeing it again changes nothing. */
export function evolveFeeScheduleDoc(doc: FeeScheduleDoc | null, stored: { streamId: string; version: number; type: string; data: unknown }): FeeScheduleDoc | null {
  if (doc || stored.type !== 'FeeScheduleSet') return doc;
  return { streamId: stored.streamId, version: stored.version, entry: (stored.data as FeeScheduleEvent['data']) };
}

export const scopeKeyOf = (entry: FeeScheduleEntry): string => (entry.scope.kind === 'default' ? 'default' : entry.scope.pharmacyId);

interface Row {
  stream_id: string; version: number; scope_key: string; percent_bps: number; fixed_per_claim: number; effective_from: string;
  set_by: string; reason: string; set_at: Date;
}

const scopeOfKey = (key: string): FeeScheduleScope => (key === 'default' ? { kind: 'default' } : { kind: 'pharmacy', pharmacyId: key });

export const entryOfRow = (r: Row): FeeScheduleEntry => ({
  scope: scopeOfKey(r.scope_key),
  percentBps: r.percent_bps, fixedPerClaim: r.fixed_per_claim, effectiveFrom: r.effective_from, setBy: r.set_by, reason: r.reason,
  at: r.set_at.toISOString(),
});

/**
 * Entries of these scopes (`default` and pharmacy ids), oldest first, from their streams in the event store rather than
 * `fee_schedules`: a claim's commission must not depend on whether the schedule was projected before the claim (in
 * scaled mode the fee-schedule topic is consumed beside the card topics, in no order with them). No personal data in
 * them, so nothing to decrypt.
 */
export async function loadFeeEntries(tx: { query: <R>(sql: string, params: unknown[]) => Promise<{ rows: R[] }> }, scopes: string[]) {
  const res = await tx.query<{ entry: FeeScheduleEntry }>(
    `SELECT event_data AS entry FROM events WHERE aggregate_id = ANY($1) AND event_type = 'FeeScheduleSet' ORDER BY event_data->>'at', version`,
    [scopes.map((key) => feeScheduleStreamId(scopeOfKey(key)))],
  );
  return res.rows.map((r) => ({ scopeKey: scopeKeyOf(r.entry), entry: r.entry }));
}

/** `fee_schedules`. */
export const feeScheduleProjection: DocumentProjection<FeeScheduleDoc> = {
  name: 'fee_schedules',
  canHandle: ['FeeScheduleSet'],
  keyOf: (e) => key(e.streamId, e.version),
  evolve: evolveFeeScheduleDoc,
  async load(tx, keys) {
    const pairs = keys.map((k) => k.split('\u0000'));
    const res = await tx.query<Row>('SELECT * FROM fee_schedules WHERE (stream_id, version) IN (SELECT * FROM unnest($1::text[], $2::int[]))', [
      pairs.map((p) => p[0]), pairs.map((p) => Number(p[1])),
    ]);
    return new Map(res.rows.map((r) => [key(r.stream_id, r.version), { streamId: r.stream_id, version: r.version, entry: entryOfRow(r) }]));
  },
  async save(tx, docs) {
    if (docs.length === 0) return;
    const col = <T>(f: (d: FeeScheduleDoc) => T) => docs.map(f);
    await tx.query(
      `INSERT INTO fee_schedules (stream_id, version, scope_key, percent_bps, fixed_per_claim, effective_from, set_by, reason, set_at)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::bigint[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
       ON CONFLICT DO NOTHING`,
      [col((d) => d.streamId), col((d) => d.version), col((d) => scopeKeyOf(d.entry)), col((d) => d.entry.percentBps), col((d) => d.entry.fixedPerClaim),
        col((d) => d.entry.effectiveFrom), col((d) => d.entry.setBy), col((d) => d.entry.reason), col((d) => d.entry.at)],
    );
  },
};
