import { env } from '@healthpay/config';
import type { SettlementPeriodKind } from '@healthpay/domain';
import type { PoolClient } from '../../postgres/pool';
import type { DocumentProjection } from '../../projections/types';
import { CAPTURED_COPAY } from './copay-sql';
import { loadFeeEntries } from './fee-schedule-projection';
import { claimDocKey, claimDocKeyOf, evolveClaimSettlementDoc, type ClaimSettlementDoc, type SettlementLine } from './line-doc';

interface LineRow {
  id: string; settlement_id: string; pharmacy_id: string; kind: 'claim' | 'reversal'; card_id: string; prescription_id: string; occurred_at: Date;
  benefit: number; wallet_copay: number; commission: number; adjustment: number; period_kind: SettlementPeriodKind; period_start: string; period_end: string;
}

const lineOfRow = (r: LineRow): SettlementLine => ({
  id: r.id, settlementId: r.settlement_id, period: { kind: r.period_kind, start: r.period_start, end: r.period_end }, pharmacyId: r.pharmacy_id,
  kind: r.kind, cardId: r.card_id, prescriptionId: r.prescription_id, occurredAt: r.occurred_at.toISOString(), benefit: r.benefit,
  walletCopay: r.wallet_copay, commission: r.commission, adjustment: r.adjustment,
});

const INSERT_STATEMENTS = `INSERT INTO settlement_statements (id, pharmacy_id, period_kind, period_start, period_end)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) ON CONFLICT DO NOTHING`;
const INSERT_LINES = `INSERT INTO settlement_lines (id, settlement_id, pharmacy_id, kind, card_id, prescription_id, occurred_at, benefit,
  wallet_copay, commission, adjustment)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::bigint[], $9::bigint[],
  $10::bigint[], $11::bigint[]) ON CONFLICT DO NOTHING`;

/** The lines' own INSERT (a line already there is left as it is). */
export async function insertLines(tx: PoolClient, lines: SettlementLine[]): Promise<void> {
  const col = <T>(f: (l: SettlementLine) => T) => lines.map(f);
  await tx.query(INSERT_LINES, [
    col((l) => l.id), col((l) => l.settlementId), col((l) => l.pharmacyId), col((l) => l.kind), col((l) => l.cardId), col((l) => l.prescriptionId),
    col((l) => l.occurredAt), col((l) => l.benefit), col((l) => l.walletCopay), col((l) => l.commission), col((l) => l.adjustment),
  ]);
}

const FREEZE_IF_CLOSED = `UPDATE settlement_lines l SET wallet_copay = CASE WHEN l.kind = 'claim' THEN ${CAPTURED_COPAY} ELSE l.wallet_copay END,
  frozen = true WHERE l.id = ANY($1) AND NOT l.frozen
  AND l.settlement_id IN (SELECT id FROM settlement_statements WHERE status <> 'open')`;

/**
 * The projection's save, with the lines written by `writeLines` (`insertLines`; a rebuild's COPY): the open statements
 * they need first, and after them the lines placed in a statement closed meanwhile frozen with it.
 */
export async function saveSettlementDocs(tx: PoolClient, docs: ClaimSettlementDoc[], writeLines: (tx: PoolClient, lines: SettlementLine[]) => Promise<void>): Promise<void> {
  const lines = docs.flatMap((d) => [d.claim, d.reversal]).filter((l): l is SettlementLine => l !== null);
  if (lines.length === 0) return;
  const statements = [...new Map(lines.map((l) => [l.settlementId, l])).values()];
  await tx.query(INSERT_STATEMENTS, [
    statements.map((l) => l.settlementId), statements.map((l) => l.pharmacyId), statements.map((l) => l.period.kind),
    statements.map((l) => l.period.start), statements.map((l) => l.period.end),
  ]);
  await writeLines(tx, lines);
  // A line placed (by feed position) in a statement whose close came later in this batch is frozen with it.
  await tx.query(FREEZE_IF_CLOSED, [lines.map((l) => l.id)]);
}

/**
 * `settlement_lines` (and the open `settlement_statements` rows they need), from claim approvals and reversals.
 * Placed after the statement projection in `readModels`: its closes of the same batch are saved first, and placement
 * compares feed positions, so the batch size never changes where a line lands. Fee schedules come from their streams
 * (`loadFeeEntries`), so neither does the order the schedule and the claim are projected in.
 */
export const settlementLineProjection = (periodKind: () => SettlementPeriodKind = () => env().HP_SETTLEMENT_PERIOD): DocumentProjection<ClaimSettlementDoc> => ({
  name: 'settlement_lines',
  canHandle: ['PrescriptionClaimApproved', 'PrescriptionClaimReversed'],
  keyOf: claimDocKeyOf,
  evolve: evolveClaimSettlementDoc,
  async load(tx, keys) {
    const parts = keys.map((k) => k.split('\u0000'));
    const pharmacies = [...new Set(parts.map((p) => p[0] ?? ''))];
    // One after another: they share the batch's transaction (one connection).
    const lines = await tx.query<LineRow>(
        `SELECT l.*, s.period_kind, s.period_start, s.period_end FROM settlement_lines l JOIN settlement_statements s ON s.id = l.settlement_id
         WHERE (l.pharmacy_id, l.card_id, l.prescription_id) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))`,
        [parts.map((p) => p[0]), parts.map((p) => p[1]), parts.map((p) => p[2])],
    );
    const fees = await loadFeeEntries(tx, [...pharmacies, 'default']);
    const closes = await tx.query<{ id: string; pharmacy_id: string; closed_tx: number; closed_position: number }>(
      'SELECT id, pharmacy_id, closed_tx, closed_position FROM settlement_statements WHERE pharmacy_id = ANY($1) AND closed_tx IS NOT NULL',
      [pharmacies],
    );
    const kind = periodKind();
    const fallback = fees.filter((f) => f.scopeKey === 'default').map((f) => f.entry);
    const docs = new Map<string, ClaimSettlementDoc>();
    for (const [pharmacyId = '', cardId = '', prescriptionId = ''] of parts) {
      const closed = new Map(closes.rows.filter((c) => c.pharmacy_id === pharmacyId).map((c) => [c.id, { tx: c.closed_tx, position: c.closed_position }]));
      const own = fees.filter((f) => f.scopeKey === pharmacyId).map((f) => f.entry);
      const mine = lines.rows.filter((r) => r.pharmacy_id === pharmacyId && r.card_id === cardId && r.prescription_id === prescriptionId);
      const claim = mine.find((r) => r.kind === 'claim');
      const reversal = mine.find((r) => r.kind === 'reversal');
      docs.set(claimDocKey(pharmacyId, cardId, prescriptionId), {
        pharmacyId, cardId, prescriptionId, claim: claim ? lineOfRow(claim) : null, reversal: reversal ? lineOfRow(reversal) : null,
        context: { periodKind: kind, own, fallback, closed },
      });
    }
    return docs;
  },
  save: (tx, docs) => saveSettlementDocs(tx, docs, insertLines),
});
