import type { InsuranceClaimStatus } from '@healthpay/domain';
import type { Pool } from '../../postgres/pool';
import { encodeCursor, type KeysetCursor } from './cursor';
import { INSURANCE_SELECT, insuranceDocOf, type InsuranceClaimRow } from './insurance-claim-projection';
import type { InsuranceClaimView } from './insurance-queries';

export interface PharmacyInsuranceFilter {
  pharmacyId: string;
  status?: InsuranceClaimStatus;
  /** Decoded `nextCursor` of the previous page (newest filing first). */
  cursor?: KeysetCursor;
  limit: number;
}

/**
 * A pharmacy's insurance claims: those its pharmacists filed (any of them, so a colleague can follow a
 * claim up), newest filing first.
 */
export async function listPharmacyInsuranceClaims(pool: Pool, f: PharmacyInsuranceFilter): Promise<{ items: InsuranceClaimView[]; nextCursor: string | null }> {
  const c = f.cursor;
  const res = await pool.query<InsuranceClaimRow>(
    `${INSURANCE_SELECT}
     WHERE filed_by_role = 'pharmacy' AND filed_by IN (SELECT id FROM users WHERE pharmacy_id = $1)
       AND ($2::text IS NULL OR status = $2)
       AND ($3::timestamptz IS NULL OR (filed_at, card_id, claim_id) < ($3, $4, $5))
     ORDER BY filed_at DESC, card_id DESC, claim_id DESC LIMIT $6`,
    [f.pharmacyId, f.status ?? null, c?.at ?? null, c?.cardId ?? null, c?.id ?? null, f.limit + 1],
  );
  const items = res.rows.slice(0, f.limit).map((r) => {
    const { version: _version, ...rest } = insuranceDocOf(r);
    return rest;
  });
  const last = items.at(-1);
  return { items, nextCursor: res.rows.length > f.limit && last ? encodeCursor({ at: last.filedAt, cardId: last.cardId, id: last.claimId }) : null };
}
