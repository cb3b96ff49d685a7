import type { Pool } from '../../postgres/pool';

/** Inclusive range of Africa/Cairo months (YYYY-MM); either end may be open. */
export interface MonthRange {
  from?: string;
  to?: string;
}

const IN_RANGE = (column: string) => `($1::text IS NULL OR ${column} >= $1) AND ($2::text IS NULL OR ${column} <= $2)`;
const range = (r: MonthRange) => [r.from ?? null, r.to ?? null];

export interface MonthlySpendRow {
  month: string;
  benefit: number;
  claims: number;
  cards: number;
}

/** Benefit paid per Cairo month across all cards, oldest month first. */
export async function benefitSpendByMonth(pool: Pool, r: MonthRange): Promise<MonthlySpendRow[]> {
  const res = await pool.query<MonthlySpendRow>(
    `SELECT month, SUM(benefit_total)::bigint AS benefit, SUM(claim_count)::int AS claims, COUNT(*)::int AS cards
     FROM medcard_monthly_spend WHERE ${IN_RANGE('month')} GROUP BY month ORDER BY month`,
    range(r),
  );
  return res.rows;
}

export interface PharmacySpendRow {
  pharmacyId: string;
  /** English name; null for a pharmacy missing from the read model. */
  pharmacyName: string | null;
  pharmacyNameAr: string | null;
  claims: number;
  rejected: number;
  submitted: number;
  benefit: number;
  copay: number;
}

/** Per pharmacy: claims decided (rejections counted apart) and the money of the approved ones. */
export async function benefitSpendByPharmacy(pool: Pool, r: MonthRange): Promise<PharmacySpendRow[]> {
  const res = await pool.query<PharmacySpendRow>(
    `SELECT c.pharmacy_id AS "pharmacyId", p.name AS "pharmacyName", p.name_ar AS "pharmacyNameAr", COUNT(*)::int AS claims,
       COUNT(*) FILTER (WHERE c.status = 'rejected')::int AS rejected,
       COALESCE(SUM(c.submitted) FILTER (WHERE c.status NOT IN ('rejected', 'reversed')), 0)::bigint AS submitted,
       COALESCE(SUM(c.benefit) FILTER (WHERE c.status <> 'reversed'), 0)::bigint AS benefit,
       COALESCE(SUM(c.copay) FILTER (WHERE c.status <> 'reversed'), 0)::bigint AS copay
     FROM prescription_claims c LEFT JOIN pharmacies p ON p.id = c.pharmacy_id
     WHERE ${IN_RANGE('c.month')}
     GROUP BY c.pharmacy_id, p.name, p.name_ar ORDER BY benefit DESC, c.pharmacy_id`,
    range(r),
  );
  return res.rows;
}

export interface TopDrugRow {
  drugCode: string;
  drugName: string;
  claims: number;
  quantity: number;
  submitted: number;
  benefit: number;
}

/** Drugs of approved claims (not their rejected lines) by benefit paid (ties by quantity). */
export async function topDrugs(pool: Pool, r: MonthRange & { limit: number }): Promise<TopDrugRow[]> {
  const res = await pool.query<TopDrugRow>(
    `SELECT i.drug_code AS "drugCode", max(i.drug_name) AS "drugName", COUNT(*)::int AS claims,
       SUM(i.quantity)::bigint AS quantity, SUM(i.submitted)::bigint AS submitted, SUM(i.benefit)::bigint AS benefit
     FROM prescription_items i
     JOIN prescription_claims c ON c.card_id = i.card_id AND c.pharmacy_id = i.pharmacy_id AND c.prescription_id = i.prescription_id
     WHERE c.status NOT IN ('rejected', 'reversed') AND i.rejection_code IS NULL AND ${IN_RANGE('c.month')}
     GROUP BY i.drug_code ORDER BY benefit DESC, quantity DESC, i.drug_code LIMIT $3`,
    [...range(r), r.limit],
  );
  return res.rows;
}

export interface ClaimOutcomes {
  approved: number;
  partial: number;
  rejected: number;
  rejectionCodes: { code: string; count: number }[];
}

/** Claims approved in full, approved in part (capped by the monthly limit) and rejected, with why. */
export async function claimOutcomes(pool: Pool, r: MonthRange): Promise<ClaimOutcomes> {
  const res = await pool.query<{ status: string; code: string | null; count: number }>(
    `SELECT status, rejection_code AS code, COUNT(*)::int AS count FROM prescription_claims
     WHERE ${IN_RANGE('month')} GROUP BY status, rejection_code ORDER BY status, count DESC`,
    range(r),
  );
  const total = (status: string) => res.rows.filter((x) => x.status === status).reduce((n, x) => n + x.count, 0);
  return {
    approved: total('approved'),
    partial: total('partial'),
    rejected: total('rejected'),
    rejectionCodes: res.rows.filter((x) => x.status === 'rejected' && x.code).map((x) => ({ code: x.code as string, count: x.count })),
  };
}
