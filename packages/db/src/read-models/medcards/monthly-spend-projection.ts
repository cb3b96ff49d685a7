import type { StoredEvent } from '../../event-store/types';
import type { DocumentProjection } from '../../projections/types';
import { keyOf, medCardEvent, splitKeys } from './medcard-event';

export interface MonthlySpendDoc {
  cardId: string;
  month: string; // YYYY-MM, Africa/Cairo
  benefitTotal: number;
  claimCount: number;
  /** The card stream's version of the last approval counted. */
  version: number;
}

export const monthlySpendKeyOf = (e: StoredEvent): string => keyOf(e.streamId, (e.data as { month?: string }).month ?? '');

/**
 * Pure: adds an approval's benefit to its card's month, and takes a reversed one's back out (the reversal names
 * the approval's month). Both arrive in stream order, so one at or below the version already counted is a repeat.
 */
export function evolveMonthlySpendDoc(doc: MonthlySpendDoc | null, stored: StoredEvent): MonthlySpendDoc | null {
  const e = medCardEvent(stored);
  if (e.type !== 'PrescriptionClaimApproved' && e.type !== 'PrescriptionClaimReversed') return doc;
  if (doc && stored.version <= doc.version) return doc;
  const base = doc ?? { cardId: stored.streamId, month: e.data.month, benefitTotal: 0, claimCount: 0, version: 0 };
  if (e.type === 'PrescriptionClaimReversed') {
    const { benefit } = e.data;
    return { ...base, benefitTotal: Math.max(0, base.benefitTotal - benefit), claimCount: Math.max(0, base.claimCount - 1), version: stored.version };
  }
  return { ...base, benefitTotal: base.benefitTotal + e.data.total.benefit, claimCount: base.claimCount + 1, version: stored.version };
}

const UPSERT = `
INSERT INTO medcard_monthly_spend (card_id, month, benefit_total, claim_count, version)
SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::int[], $5::int[])
ON CONFLICT (card_id, month) DO UPDATE SET benefit_total = excluded.benefit_total, claim_count = excluded.claim_count,
  version = excluded.version
WHERE medcard_monthly_spend.version < excluded.version`;

/** Benefit paid per card and Cairo month (`medcard_monthly_spend`). */
export const monthlySpendProjection: DocumentProjection<MonthlySpendDoc> = {
  name: 'medcard_monthly_spend',
  canHandle: ['PrescriptionClaimApproved', 'PrescriptionClaimReversed'],
  keyOf: monthlySpendKeyOf,
  evolve: evolveMonthlySpendDoc,
  async load(tx, keys) {
    const res = await tx.query<MonthlySpendDoc>(
      `SELECT card_id AS "cardId", month, benefit_total AS "benefitTotal", claim_count AS "claimCount", version
       FROM medcard_monthly_spend WHERE (card_id, month) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      splitKeys(keys),
    );
    return new Map(res.rows.map((r) => [keyOf(r.cardId, r.month), r]));
  },
  async save(tx, docs) {
    if (docs.length === 0) return;
    const col = <K extends keyof MonthlySpendDoc>(k: K) => docs.map((d) => d[k]);
    await tx.query(UPSERT, [col('cardId'), col('month'), col('benefitTotal'), col('claimCount'), col('version')]);
  },
};
