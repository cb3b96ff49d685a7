import type { Piasters, SettlementTotals } from '@healthpay/domain';
import type { Pool } from '../../postgres/pool';
import { LINE_WALLET_COPAY } from './copay-sql';
import type { StatementStatus } from './statement-doc';

export interface StatementSummary {
  id: string;
  pharmacyId: string;
  pharmacyNameEn: string | null;
  pharmacyNameAr: string | null;
  periodKind: 'week' | 'month';
  periodStart: string;
  periodEnd: string;
  status: StatementStatus;
  lines: number;
  totals: SettlementTotals;
  closedAt: Date | null;
  approvedAt: Date | null;
  paidAt: Date | null;
  payoutReference: string | null;
  disputeReason: string | null;
  version: number;
}

export interface StatementLineView {
  id: string;
  kind: 'claim' | 'reversal';
  cardId: string;
  prescriptionId: string;
  occurredAt: Date;
  benefit: Piasters;
  walletCopay: Piasters;
  commission: Piasters;
  adjustment: Piasters;
  net: Piasters;
}

/**
 * Statements with their totals: open ones summed from their lines (copays as captured so far), closed ones their
 * frozen totals. `page` selects the statements (`s`, with their pharmacy's names), already filtered and cut: only
 * the open ones among them are summed, each from its own lines. Summed before the cut (every open statement's lines,
 * each line's copay looked up), the first page of every pharmacy's statements cost as much as a week of claims.
 */
const summary = (page: string, order = '') => `
SELECT s.id, s.pharmacy_id AS "pharmacyId", s.pharmacy_name_en AS "pharmacyNameEn", s.pharmacy_name_ar AS "pharmacyNameAr",
  s.period_kind AS "periodKind", s.period_start AS "periodStart", s.period_end AS "periodEnd", s.status,
  CASE WHEN s.status = 'open' THEN COALESCE(live.lines, 0) ELSE s.lines END AS lines,
  CASE WHEN s.status = 'open' THEN COALESCE(live.gross, 0) ELSE s.gross_benefit END AS gross,
  CASE WHEN s.status = 'open' THEN COALESCE(live.wallet, 0) ELSE s.wallet_copay END AS wallet,
  CASE WHEN s.status = 'open' THEN COALESCE(live.commission, 0) ELSE s.commission END AS commission,
  CASE WHEN s.status = 'open' THEN COALESCE(live.adjustments, 0) ELSE s.adjustments END AS adjustments,
  s.closed_at AS "closedAt", s.approved_at AS "approvedAt", s.paid_at AS "paidAt", s.payout_reference AS "payoutReference",
  s.dispute_reason AS "disputeReason", s.version
FROM (SELECT s.*, p.name AS pharmacy_name_en, p.name_ar AS pharmacy_name_ar
        FROM settlement_statements s LEFT JOIN pharmacies p ON p.id = s.pharmacy_id ${page}) s
LEFT JOIN LATERAL (
  SELECT count(*)::int AS lines, sum(l.benefit)::bigint AS gross, sum(${LINE_WALLET_COPAY})::bigint AS wallet,
    sum(l.commission)::bigint AS commission, sum(l.adjustment)::bigint AS adjustments
  FROM settlement_lines l WHERE s.status = 'open' AND l.settlement_id = s.id) live ON true
${order}`;

type SummaryRow = Omit<StatementSummary, 'totals'> & { gross: number; wallet: number; commission: number; adjustments: number };

const summaryOf = ({ gross, wallet, commission, adjustments, ...r }: SummaryRow): StatementSummary => ({
  ...r,
  totals: { grossBenefit: gross, walletCopay: wallet, commission, adjustments, netPayable: gross + wallet - commission + adjustments },
});

export interface StatementFilter {
  pharmacyId?: string;
  status?: StatementStatus;
  /** Statements whose period contains this Cairo date. */
  onDate?: string;
  cursor?: number;
  limit: number;
}

/** Newest period first; the cursor is the number of rows already returned. */
export async function listStatements(pool: Pool, f: StatementFilter): Promise<{ items: StatementSummary[]; nextCursor: number | null }> {
  const offset = Math.max(0, Math.trunc(f.cursor ?? 0));
  const res = await pool.query<SummaryRow>(
    summary(`WHERE ($1::text IS NULL OR s.pharmacy_id = $1) AND ($2::text IS NULL OR s.status = $2)
       AND ($3::text IS NULL OR (s.period_start <= $3 AND s.period_end >= $3))
     ORDER BY s.period_start DESC, p.name, s.id OFFSET $4 LIMIT $5`, 'ORDER BY s.period_start DESC, s.pharmacy_name_en, s.id'),
    [f.pharmacyId ?? null, f.status ?? null, f.onDate ?? null, offset, f.limit + 1],
  );
  const items = res.rows.slice(0, f.limit).map(summaryOf);
  return { items, nextCursor: res.rows.length > f.limit ? offset + items.length : null };
}

export async function getStatement(pool: Pool, id: string): Promise<{ statement: StatementSummary; lines: StatementLineView[] } | null> {
  const res = await pool.query<SummaryRow>(summary('WHERE s.id = $1'), [id]);
  const row = res.rows[0];
  if (!row) return null;
  const lines = await pool.query<Omit<StatementLineView, 'net'>>(
    `SELECT l.id, l.kind, l.card_id AS "cardId", l.prescription_id AS "prescriptionId", l.occurred_at AS "occurredAt", l.benefit,
       ${LINE_WALLET_COPAY}::bigint AS "walletCopay", l.commission, l.adjustment
     FROM settlement_lines l WHERE l.settlement_id = $1 ORDER BY l.occurred_at, l.id`,
    [id],
  );
  return {
    statement: summaryOf(row),
    lines: lines.rows.map((l) => ({ ...l, net: l.benefit + l.walletCopay - l.commission + l.adjustment })),
  };
}

export interface FeeScheduleRow {
  scopeKey: string;
  percentBps: number;
  fixedPerClaim: Piasters;
  effectiveFrom: string;
  setBy: string;
  reason: string;
  setAt: Date;
}

/** Every entry set, newest first (the default's scopeKey is `default`). */
export async function listFeeSchedules(pool: Pool, scopeKey?: string): Promise<FeeScheduleRow[]> {
  const res = await pool.query<FeeScheduleRow>(
    `SELECT scope_key AS "scopeKey", percent_bps AS "percentBps", fixed_per_claim AS "fixedPerClaim", effective_from AS "effectiveFrom",
       set_by AS "setBy", reason, set_at AS "setAt"
     FROM fee_schedules WHERE $1::text IS NULL OR scope_key = $1 ORDER BY set_at DESC, version DESC LIMIT 500`,
    [scopeKey ?? null],
  );
  return res.rows;
}
