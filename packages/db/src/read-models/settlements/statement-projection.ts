import { settlementEventTypes } from '@healthpay/domain';
import type { DocumentProjection } from '../../projections/types';
import { CAPTURED_COPAY } from './copay-sql';
import { evolveStatementDoc, type StatementDoc } from './statement-doc';

interface Row {
  id: string; pharmacy_id: string; period_kind: StatementDoc['periodKind']; period_start: string; period_end: string; status: StatementDoc['status'];
  lines: number; gross_benefit: number; wallet_copay: number; commission: number; adjustments: number; net_payable: number;
  closed_at: Date | null; closed_by: string | null; closed_tx: number | null; closed_position: number | null; approved_at: Date | null;
  paid_at: Date | null; payout_reference: string | null; dispute_reason: string | null; updated_at: Date | null; version: number;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const statementOfRow = (r: Row): StatementDoc => ({
  id: r.id, pharmacyId: r.pharmacy_id, periodKind: r.period_kind, periodStart: r.period_start, periodEnd: r.period_end, status: r.status,
  lines: r.lines, totals: { grossBenefit: r.gross_benefit, walletCopay: r.wallet_copay, commission: r.commission, adjustments: r.adjustments, netPayable: r.net_payable },
  closedAt: iso(r.closed_at), closedBy: r.closed_by, closedTx: r.closed_tx, closedPosition: r.closed_position, approvedAt: iso(r.approved_at),
  paidAt: iso(r.paid_at), payoutReference: r.payout_reference, disputeReason: r.dispute_reason, updatedAt: iso(r.updated_at), version: r.version,
});

const UPSERT = `
INSERT INTO settlement_statements (id, pharmacy_id, period_kind, period_start, period_end, status, lines, gross_benefit, wallet_copay,
  commission, adjustments, net_payable, closed_at, closed_by, closed_tx, closed_position, approved_at, paid_at, payout_reference,
  dispute_reason, updated_at, version)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::bigint[], $9::bigint[],
  $10::bigint[], $11::bigint[], $12::bigint[], $13::timestamptz[], $14::text[], $15::bigint[], $16::bigint[], $17::timestamptz[],
  $18::timestamptz[], $19::text[], $20::text[], $21::timestamptz[], $22::int[])
ON CONFLICT (id) DO UPDATE SET status = excluded.status, lines = excluded.lines, gross_benefit = excluded.gross_benefit,
  wallet_copay = excluded.wallet_copay, commission = excluded.commission, adjustments = excluded.adjustments,
  net_payable = excluded.net_payable, closed_at = excluded.closed_at, closed_by = excluded.closed_by, closed_tx = excluded.closed_tx,
  closed_position = excluded.closed_position, approved_at = excluded.approved_at, paid_at = excluded.paid_at,
  payout_reference = excluded.payout_reference, dispute_reason = excluded.dispute_reason, updated_at = excluded.updated_at,
  version = excluded.version
WHERE settlement_statements.version < excluded.version`;

/** Closing freezes the lines: their wallet copay is copied from the holds once and never read from them again. */
const FREEZE = `UPDATE settlement_lines l SET wallet_copay = ${CAPTURED_COPAY}, frozen = true
  WHERE l.settlement_id = ANY($1) AND NOT l.frozen AND l.kind = 'claim';
  `;
const FREEZE_OTHERS = `UPDATE settlement_lines SET frozen = true WHERE settlement_id = ANY($1) AND NOT frozen`;

/** `settlement_statements`, from the statement streams (open rows are created by the line projection). */
export const statementProjection: DocumentProjection<StatementDoc> = {
  name: 'settlement_statements',
  canHandle: settlementEventTypes,
  keyOf: (e) => (e.data as { settlementId: string }).settlementId,
  evolve: evolveStatementDoc,
  async load(tx, keys) {
    const res = await tx.query<Row>('SELECT * FROM settlement_statements WHERE id = ANY($1)', [keys]);
    return new Map(res.rows.map((r) => [r.id, statementOfRow(r)]));
  },
  async save(tx, docs) {
    if (docs.length === 0) return;
    const col = <T>(f: (d: StatementDoc) => T) => docs.map(f);
    await tx.query(UPSERT, [
      col((d) => d.id), col((d) => d.pharmacyId), col((d) => d.periodKind), col((d) => d.periodStart), col((d) => d.periodEnd), col((d) => d.status),
      col((d) => d.lines), col((d) => d.totals.grossBenefit), col((d) => d.totals.walletCopay), col((d) => d.totals.commission),
      col((d) => d.totals.adjustments), col((d) => d.totals.netPayable), col((d) => d.closedAt), col((d) => d.closedBy), col((d) => d.closedTx),
      col((d) => d.closedPosition), col((d) => d.approvedAt), col((d) => d.paidAt), col((d) => d.payoutReference), col((d) => d.disputeReason),
      col((d) => d.updatedAt), col((d) => d.version),
    ]);
    const closed = docs.filter((d) => d.status !== 'open').map((d) => d.id);
    if (closed.length > 0) {
      await tx.query(FREEZE, [closed]);
      await tx.query(FREEZE_OTHERS, [closed]);
    }
  },
};
