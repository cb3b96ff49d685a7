import type { Pool } from '../../postgres/pool';
import type { ClaimLineDoc, PrescriptionClaimDoc, PrescriptionClaimStatus } from './claim-doc';
import { LINE_COLUMNS } from './claim-projection';
import { encodeCursor, type KeysetCursor } from './cursor';

export type PrescriptionClaimRow = Omit<PrescriptionClaimDoc, 'version'> & {
  pharmacyName: string | null;
  beneficiaryName: string | null;
  /** How the patient paid the copay: `wallet` when the pharmacy captured a copay hold for this claim, else `cash`. */
  copayPaidFrom: CopayPaidFrom;
};

export type CopayPaidFrom = 'wallet' | 'cash';

/**
 * The copay hold of a claim carries the reference `copay:<cardId>:<prescriptionId>` (card numbers have no colon);
 * its capture is the wallet payment. Read from the holds read model, i.e. from the hold events themselves.
 */
export const copayHoldReference = (cardId: string, prescriptionId: string): string => `copay:${cardId}:${prescriptionId}`;

const CLAIM_SELECT = `SELECT c.card_id AS "cardId", c.prescription_id AS "prescriptionId", c.pharmacy_id AS "pharmacyId",
  p.name AS "pharmacyName", c.beneficiary_id AS "beneficiaryId", b.name AS "beneficiaryName", c.status,
  c.rejection_code AS "rejectionCode", c.rejection_details AS "rejectionDetails", c.month, c.submitted, c.eligible, c.copay,
  c.benefit, c.remaining_before AS "remainingBefore", c.tier, c.copayment_percent AS "copaymentPercent",
  c.overrides_used AS "overridesUsed", c.decided_at AS "decidedAt",
  CASE WHEN EXISTS (SELECT 1 FROM wallet_holds h WHERE h.reference = 'copay:' || c.card_id || ':' || c.prescription_id
    AND h.status = 'captured' AND h.pharmacy_id = c.pharmacy_id) THEN 'wallet' ELSE 'cash' END AS "copayPaidFrom"
  FROM prescription_claims c
  LEFT JOIN pharmacies p ON p.id = c.pharmacy_id
  LEFT JOIN medcard_beneficiaries b ON b.card_id = c.card_id AND b.beneficiary_id = c.beneficiary_id`;

type RawClaim = Omit<PrescriptionClaimRow, 'decidedAt' | 'lines'> & { decidedAt: Date };

async function withLines(pool: Pool, rows: RawClaim[]): Promise<PrescriptionClaimRow[]> {
  if (rows.length === 0) return [];
  const lines = await pool.query<ClaimLineDoc & { cardId: string; prescriptionId: string }>(
    `SELECT ${LINE_COLUMNS} FROM prescription_items
     WHERE (card_id, prescription_id) IN (SELECT * FROM unnest($1::text[], $2::text[])) ORDER BY line_no`,
    [rows.map((r) => r.cardId), rows.map((r) => r.prescriptionId)],
  );
  const byClaim = new Map<string, ClaimLineDoc[]>();
  for (const { cardId, prescriptionId, ...line } of lines.rows) {
    const key = `${cardId}\u0000${prescriptionId}`;
    byClaim.set(key, [...(byClaim.get(key) ?? []), line]);
  }
  return rows.map((r) => ({ ...r, decidedAt: r.decidedAt.toISOString(), lines: byClaim.get(`${r.cardId}\u0000${r.prescriptionId}`) ?? [] }));
}

export async function getPrescriptionClaim(pool: Pool, cardId: string, prescriptionId: string): Promise<PrescriptionClaimRow | null> {
  const res = await pool.query<RawClaim>(`${CLAIM_SELECT} WHERE c.card_id = $1 AND c.prescription_id = $2`, [cardId, prescriptionId]);
  return (await withLines(pool, res.rows))[0] ?? null;
}

export interface ClaimFilter {
  cardId?: string;
  pharmacyId?: string;
  status?: PrescriptionClaimStatus;
  /** Africa/Cairo calendar days, both inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Decoded `nextCursor` of the previous page (newest decision first). */
  cursor?: KeysetCursor;
  limit: number;
}

/** Claims of a card or a pharmacy (or all, for staff), newest first, keyset-paginated. */
export async function listPrescriptionClaims(pool: Pool, f: ClaimFilter): Promise<{ items: PrescriptionClaimRow[]; nextCursor: string | null }> {
  const c = f.cursor;
  const res = await pool.query<RawClaim>(
    `${CLAIM_SELECT}
     WHERE ($1::text IS NULL OR c.card_id = $1)
       AND ($2::text IS NULL OR c.pharmacy_id = $2)
       AND ($3::text IS NULL OR c.status = $3)
       AND ($4::date IS NULL OR c.decided_at >= ($4::date::timestamp AT TIME ZONE 'Africa/Cairo'))
       AND ($5::date IS NULL OR c.decided_at < (($5::date + 1)::timestamp AT TIME ZONE 'Africa/Cairo'))
       AND ($6::timestamptz IS NULL OR (c.decided_at, c.card_id, c.prescription_id) < ($6, $7, $8))
     ORDER BY c.decided_at DESC, c.card_id DESC, c.prescription_id DESC LIMIT $9`,
    [f.cardId ?? null, f.pharmacyId ?? null, f.status ?? null, f.from ?? null, f.to ?? null,
      c?.at ?? null, c?.cardId ?? null, c?.id ?? null, f.limit + 1],
  );
  const items = await withLines(pool, res.rows.slice(0, f.limit));
  const last = items.at(-1);
  return { items, nextCursor: res.rows.length > f.limit && last ? encodeCursor({ at: last.decidedAt, cardId: last.cardId, id: last.prescriptionId }) : null };
}
