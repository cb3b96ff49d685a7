import type { Pool } from '../../postgres/pool';
import type { BeneficiaryDoc } from './beneficiary-projection';
import type { MedCardDoc } from './medcard-projection';

export type MedCardRow = Omit<MedCardDoc, 'expiresAt' | 'issuedAt' | 'updatedAt'> & {
  expiresAt: string;
  issuedAt: string;
  updatedAt: string;
  holderPhone: string | null;
  /** Benefit paid in the Cairo month the query asked about (0 when none). */
  benefitUsed: number;
};

const CARD_SELECT = `SELECT c.card_id AS "cardId", c.tier, c.status, c.monthly_limit AS "monthlyLimit",
  c.copayment_percent AS "copaymentPercent", c.holder_user_id AS "holderUserId", c.holder_name AS "holderName",
  c.holder_beneficiary_id AS "holderBeneficiaryId", c.insurance_provider AS "insuranceProvider",
  c.insurance_policy_number AS "insurancePolicyNumber", c.status_reason AS "statusReason", c.expires_at AS "expiresAt",
  c.version, c.issued_at AS "issuedAt", c.updated_at AS "updatedAt", u.phone AS "holderPhone",
  COALESCE(s.benefit_total, 0) AS "benefitUsed"
  FROM medcards c LEFT JOIN users u ON u.id = c.holder_user_id
  LEFT JOIN medcard_monthly_spend s ON s.card_id = c.card_id AND s.month = $1`;

type RawCard = Omit<MedCardRow, 'expiresAt' | 'issuedAt' | 'updatedAt'> & { expiresAt: Date; issuedAt: Date; updatedAt: Date };
const card = (r: RawCard): MedCardRow => ({
  ...r, expiresAt: r.expiresAt.toISOString(), issuedAt: r.issuedAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
});

/** One card, with what it paid in `month` (YYYY-MM, Africa/Cairo) when one is given. */
export async function getMedCard(pool: Pool, cardId: string, month?: string): Promise<MedCardRow | null> {
  const res = await pool.query<RawCard>(`${CARD_SELECT} WHERE c.card_id = $2`, [month ?? null, cardId]);
  return res.rows[0] ? card(res.rows[0]) : null;
}

/** Cards whose primary holder is this user, newest first, with what each paid in `month`. */
export async function listMedCardsByHolder(pool: Pool, userId: string, month: string): Promise<MedCardRow[]> {
  const res = await pool.query<RawCard>(`${CARD_SELECT} WHERE c.holder_user_id = $2 ORDER BY c.issued_at DESC`, [month, userId]);
  return res.rows.map(card);
}

export interface MedCardSearch {
  /** Part of the holder's name or phone, or a card number. */
  query?: string;
  /** The Cairo month whose spend each row carries (YYYY-MM). */
  month: string;
  status?: MedCardDoc['status'];
  tier?: MedCardDoc['tier'];
  holderUserId?: string;
  /** Keyset cursor: the card id after which to continue (ordered by card id). */
  cursor?: string;
  limit: number;
}

/** Staff search, keyset-paginated by card id. */
export async function searchMedCards(pool: Pool, s: MedCardSearch): Promise<{ items: MedCardRow[]; nextCursor: string | null }> {
  const res = await pool.query<RawCard>(
    `${CARD_SELECT}
     WHERE ($2::text IS NULL OR c.holder_name ILIKE '%' || $2 || '%' OR u.phone LIKE '%' || $2 || '%' OR c.card_id = upper($2))
       AND ($3::text IS NULL OR c.status = $3)
       AND ($4::text IS NULL OR c.tier = $4)
       AND ($5::text IS NULL OR c.holder_user_id = $5)
       AND ($6::text IS NULL OR c.card_id > $6)
     ORDER BY c.card_id LIMIT $7`,
    [s.month, s.query?.trim() || null, s.status ?? null, s.tier ?? null, s.holderUserId ?? null, s.cursor ?? null, s.limit + 1],
  );
  const items = res.rows.slice(0, s.limit).map(card);
  return { items, nextCursor: res.rows.length > s.limit ? (items.at(-1)?.cardId ?? null) : null };
}

export type BeneficiaryRow = Omit<BeneficiaryDoc, 'version'>;

/** Members of a card, the holder first; removed members only when asked for. */
export async function listBeneficiaries(pool: Pool, cardId: string, opts: { includeRemoved?: boolean } = {}): Promise<BeneficiaryRow[]> {
  const res = await pool.query<Omit<BeneficiaryRow, 'addedAt' | 'removedAt' | 'updatedAt'> & { addedAt: Date; removedAt: Date | null; updatedAt: Date }>(
    `SELECT card_id AS "cardId", beneficiary_id AS "beneficiaryId", relationship, name, national_id AS "nationalId",
       date_of_birth::text AS "dateOfBirth", gender, mobile, status, added_at AS "addedAt", removed_at AS "removedAt",
       updated_at AS "updatedAt"
     FROM medcard_beneficiaries WHERE card_id = $1 AND ($2 OR status = 'active')
     ORDER BY relationship = 'self' DESC, added_at, beneficiary_id`,
    [cardId, opts.includeRemoved ?? false],
  );
  return res.rows.map((r) => ({
    ...r, addedAt: r.addedAt.toISOString(), removedAt: r.removedAt?.toISOString() ?? null, updatedAt: r.updatedAt.toISOString(),
  }));
}
