import type { Pool } from '../../postgres/pool';
import type { ClaimLineDoc, PrescriptionClaimDoc, PrescriptionClaimStatus } from './claim-doc';
import { LINE_COLUMNS, reversalOf, type ReversalColumns } from './claim-projection';
import { encodeCursor, type KeysetCursor } from './cursor';
import { keyOf } from './medcard-event';
import { containsPattern } from '../../util/like';

export type PrescriptionClaimRow = Omit<PrescriptionClaimDoc, 'version'> & {
  pharmacyName: string | null;
  pharmacyNameAr: string | null;
  beneficiaryName: string | null;
  /** How the patient paid the copay: `wallet` when the pharmacy captured a copay hold for this claim, else `cash`. */
  copayPaidFrom: CopayPaidFrom;
};

export type CopayPaidFrom = 'wallet' | 'cash';

/**
 * The copay hold of a claim carries the reference `copay:<cardId>:<pharmacyId>:<prescriptionId>` (card numbers
 * and pharmacy ids have no colon); holds placed before claims were per pharmacy carry `copay:<cardId>:<prescriptionId>`.
 * Its capture is the wallet payment. Read from the holds read model, i.e. from the hold events themselves.
 */
export const copayHoldReference = (cardId: string, pharmacyId: string, prescriptionId: string): string => `copay:${cardId}:${pharmacyId}:${prescriptionId}`;
export const legacyCopayHoldReference = (cardId: string, prescriptionId: string): string => `copay:${cardId}:${prescriptionId}`;

const CLAIM_SELECT = `SELECT c.card_id AS "cardId", c.prescription_id AS "prescriptionId", c.pharmacy_id AS "pharmacyId",
  p.name AS "pharmacyName", p.name_ar AS "pharmacyNameAr", c.beneficiary_id AS "beneficiaryId", b.name AS "beneficiaryName", c.status,
  c.rejection_code AS "rejectionCode", c.rejection_details AS "rejectionDetails", c.month, c.submitted, c.eligible, c.copay,
  c.benefit, c.remaining_before AS "remainingBefore", c.tier, c.copayment_percent AS "copaymentPercent",
  c.overrides_used AS "overridesUsed", c.decided_at AS "decidedAt",
  c.reversed_at AS "reversedAt", c.reversal_reason AS "reversalReason", c.reversal_note AS "reversalNote",
  c.reversed_by AS "reversedBy", c.reversed_by_kind AS "reversedByKind", c.wallet_copay_refunded AS "walletCopayRefunded",
  CASE WHEN EXISTS (SELECT 1 FROM wallet_holds h
    WHERE h.reference IN ('copay:' || c.card_id || ':' || c.pharmacy_id || ':' || c.prescription_id, 'copay:' || c.card_id || ':' || c.prescription_id)
      AND h.status = 'captured' AND h.pharmacy_id = c.pharmacy_id) THEN 'wallet' ELSE 'cash' END AS "copayPaidFrom"
  FROM prescription_claims c
  LEFT JOIN pharmacies p ON p.id = c.pharmacy_id
  LEFT JOIN medcard_beneficiaries b ON b.card_id = c.card_id AND b.beneficiary_id = c.beneficiary_id`;

type RawClaim = Omit<PrescriptionClaimRow, 'decidedAt' | 'lines' | 'reversal'> & ReversalColumns & { decidedAt: Date };

async function withLines(pool: Pool, rows: RawClaim[]): Promise<PrescriptionClaimRow[]> {
  if (rows.length === 0) return [];
  const lines = await pool.query<ClaimLineDoc & { cardId: string; pharmacyId: string; prescriptionId: string }>(
    `SELECT ${LINE_COLUMNS} FROM prescription_items
     WHERE (card_id, pharmacy_id, prescription_id) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[])) ORDER BY line_no`,
    [rows.map((r) => r.cardId), rows.map((r) => r.pharmacyId), rows.map((r) => r.prescriptionId)],
  );
  const byClaim = new Map<string, ClaimLineDoc[]>();
  for (const { cardId, pharmacyId, prescriptionId, ...line } of lines.rows) {
    const key = keyOf(cardId, pharmacyId, prescriptionId);
    byClaim.set(key, [...(byClaim.get(key) ?? []), line]);
  }
  return rows.map((r) => {
    const { reversedAt, reversalReason, reversalNote, reversedBy, reversedByKind, walletCopayRefunded, ...rest } = r;
    const reversal = reversalOf({ reversedAt, reversalReason, reversalNote, reversedBy, reversedByKind, walletCopayRefunded });
    return { ...rest, decidedAt: r.decidedAt.toISOString(), reversal, lines: byClaim.get(keyOf(r.cardId, r.pharmacyId, r.prescriptionId)) ?? [] };
  });
}

/** One claim: (card, pharmacy, prescription). */
export async function getPrescriptionClaim(pool: Pool, cardId: string, pharmacyId: string, prescriptionId: string): Promise<PrescriptionClaimRow | null> {
  const res = await pool.query<RawClaim>(`${CLAIM_SELECT} WHERE c.card_id = $1 AND c.pharmacy_id = $2 AND c.prescription_id = $3`, [cardId, pharmacyId, prescriptionId]);
  return (await withLines(pool, res.rows))[0] ?? null;
}

/** Every pharmacy's claim under a prescription id on a card (staff and patient views; usually one). */
export async function findPrescriptionClaims(pool: Pool, cardId: string, prescriptionId: string): Promise<PrescriptionClaimRow[]> {
  const res = await pool.query<RawClaim>(`${CLAIM_SELECT} WHERE c.card_id = $1 AND c.prescription_id = $2 ORDER BY c.decided_at`, [cardId, prescriptionId]);
  return withLines(pool, res.rows);
}

export interface ClaimFilter {
  cardId?: string;
  pharmacyId?: string;
  status?: PrescriptionClaimStatus;
  /** Africa/Cairo calendar days, both inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** The start of the prescription id, any case (the counter's search). */
  prescriptionPrefix?: string;
  /** Part of the beneficiary's name, any case (the counter's search). */
  patientName?: string;
  /** Decoded `nextCursor` of the previous page (newest decision first). */
  cursor?: KeysetCursor;
  limit: number;
}

/**
 * The cursor's `id` is the prescription id and the pharmacy, NUL-separated: two pharmacies' claims under one id
 * on one card may share a decision instant. A cursor from before (no NUL) reads as pharmacy ''.
 */
const cursorId = (r: { prescriptionId: string; pharmacyId: string }) => `${r.prescriptionId}\u0000${r.pharmacyId}`;

/** Claims of a card or a pharmacy (or all, for staff), newest first, keyset-paginated. */
export async function listPrescriptionClaims(pool: Pool, f: ClaimFilter): Promise<{ items: PrescriptionClaimRow[]; nextCursor: string | null }> {
  const c = f.cursor;
  const [cursorRx, cursorPharmacy] = c ? [c.id.split('\u0000')[0] ?? '', c.id.split('\u0000')[1] ?? ''] : [null, null];
  const res = await pool.query<RawClaim>(
    `${CLAIM_SELECT}
     WHERE ($1::text IS NULL OR c.card_id = $1)
       AND ($2::text IS NULL OR c.pharmacy_id = $2)
       AND ($3::text IS NULL OR c.status = $3)
       AND ($4::date IS NULL OR c.decided_at >= ($4::date::timestamp AT TIME ZONE 'Africa/Cairo'))
       AND ($5::date IS NULL OR c.decided_at < (($5::date + 1)::timestamp AT TIME ZONE 'Africa/Cairo'))
       AND ($6::timestamptz IS NULL OR (c.decided_at, c.card_id, c.prescription_id, c.pharmacy_id) < ($6, $7, $8, $10))
       AND ($11::text IS NULL OR c.prescription_id ILIKE $11 || '%')
       AND ($12::text IS NULL OR b.name ILIKE $12)
     ORDER BY c.decided_at DESC, c.card_id DESC, c.prescription_id DESC, c.pharmacy_id DESC LIMIT $9`,
    [f.cardId ?? null, f.pharmacyId ?? null, f.status ?? null, f.from ?? null, f.to ?? null,
      c?.at ?? null, c?.cardId ?? null, cursorRx, f.limit + 1, cursorPharmacy,
      f.prescriptionPrefix ? f.prescriptionPrefix.replace(/[\\%_]/g, '\\$&') : null, f.patientName ? containsPattern(f.patientName) : null],
  );
  const items = await withLines(pool, res.rows.slice(0, f.limit));
  const last = items.at(-1);
  return { items, nextCursor: res.rows.length > f.limit && last ? encodeCursor({ at: last.decidedAt, cardId: last.cardId, id: cursorId(last) }) : null };
}
