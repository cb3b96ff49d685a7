import type { InsuranceClaimStatus } from '@healthpay/domain';
import type { Pool } from '../../postgres/pool';
import { encodeCursor, type KeysetCursor } from './cursor';
import { INSURANCE_SELECT, insuranceDocOf, type InsuranceClaimDoc, type InsuranceClaimRow } from './insurance-claim-projection';

export type InsuranceClaimView = Omit<InsuranceClaimDoc, 'version'>;

const view = (r: InsuranceClaimRow): InsuranceClaimView => {
  const { version: _version, ...rest } = insuranceDocOf(r);
  return rest;
};

export async function getInsuranceClaim(pool: Pool, cardId: string, claimId: string): Promise<InsuranceClaimView | null> {
  const res = await pool.query<InsuranceClaimRow>(`${INSURANCE_SELECT} WHERE card_id = $1 AND claim_id = $2`, [cardId, claimId]);
  return res.rows[0] ? view(res.rows[0]) : null;
}

export interface InsuranceClaimFilter {
  status?: InsuranceClaimStatus;
  cardId?: string;
  /** Only claims this actor filed (a pharmacist sees their own). */
  filedBy?: string;
  /** Decoded `nextCursor` of the previous page (oldest filing first). */
  cursor?: KeysetCursor;
  limit: number;
}

/** The review queue: oldest filing first, so nothing waits forever behind newer claims. */
export async function listInsuranceClaims(pool: Pool, f: InsuranceClaimFilter): Promise<{ items: InsuranceClaimView[]; nextCursor: string | null }> {
  const c = f.cursor;
  const res = await pool.query<InsuranceClaimRow>(
    `${INSURANCE_SELECT}
     WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR card_id = $2) AND ($3::text IS NULL OR filed_by = $3)
       AND ($4::timestamptz IS NULL OR (filed_at, card_id, claim_id) > ($4, $5, $6))
     ORDER BY filed_at, card_id, claim_id LIMIT $7`,
    [f.status ?? null, f.cardId ?? null, f.filedBy ?? null, c?.at ?? null, c?.cardId ?? null, c?.id ?? null, f.limit + 1],
  );
  const items = res.rows.slice(0, f.limit).map(view);
  const last = items.at(-1);
  return { items, nextCursor: res.rows.length > f.limit && last ? encodeCursor({ at: last.filedAt, cardId: last.cardId, id: last.claimId }) : null };
}
