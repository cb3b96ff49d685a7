import { medCardEventTypes, type MedCardStatus, type MedCardTier } from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';
import type { DocumentProjection } from '../../projections/types';
import { iso, medCardEvent } from './medcard-event';

export interface MedCardDoc {
  cardId: string;
  tier: MedCardTier;
  status: Exclude<MedCardStatus, 'none'>;
  monthlyLimit: number;
  copaymentPercent: number;
  holderUserId: string;
  holderName: string;
  holderBeneficiaryId: string;
  insuranceProvider: string | null;
  insurancePolicyNumber: string | null;
  statusReason: string | null;
  expiresAt: string;
  version: number;
  issuedAt: string;
  updatedAt: string;
}

/** Pure: the card's row after one more event. Events at or below the row's version were seen already. */
export function evolveMedCardDoc(doc: MedCardDoc | null, stored: StoredEvent): MedCardDoc | null {
  const e = medCardEvent(stored);
  if (e.type === 'MedCardIssued') {
    if (doc) return doc;
    const d = e.data;
    return {
      cardId: d.cardId, tier: d.tier, status: 'pending', monthlyLimit: d.monthlyLimit, copaymentPercent: d.copaymentPercent,
      holderUserId: d.holder.userId, holderName: d.holder.name, holderBeneficiaryId: d.holder.beneficiaryId,
      insuranceProvider: d.insurance?.provider ?? null, insurancePolicyNumber: d.insurance?.policyNumber ?? null,
      statusReason: null, expiresAt: d.expiresAt, version: stored.version, issuedAt: d.at, updatedAt: d.at,
    };
  }
  if (!doc || stored.version <= doc.version) return doc;
  const next = { ...doc, version: stored.version, updatedAt: e.data.at };
  switch (e.type) {
    case 'MedCardActivated':
    case 'MedCardReactivated':
      return { ...next, status: 'active', statusReason: null };
    case 'MedCardSuspended':
      return { ...next, status: 'suspended', statusReason: e.data.reason };
    case 'MedCardClosed':
      return { ...next, status: 'closed', statusReason: e.data.reason };
    case 'MedCardExpired':
      return { ...next, status: 'expired', statusReason: null };
    case 'TierChanged':
      return { ...next, tier: e.data.to.tier, monthlyLimit: e.data.to.monthlyLimit, copaymentPercent: e.data.to.copaymentPercent };
    case 'MonthlyLimitChanged':
      return { ...next, monthlyLimit: e.data.to };
    case 'CopaymentChanged':
      return { ...next, copaymentPercent: e.data.to };
    default:
      // Members, claims and overrides have rows of their own; the card only records that its stream moved.
      return next;
  }
}

const SELECT = `SELECT card_id, tier, status, monthly_limit, copayment_percent, holder_user_id, holder_name,
  holder_beneficiary_id, insurance_provider, insurance_policy_number, status_reason, expires_at, version, issued_at,
  updated_at FROM medcards WHERE card_id = ANY($1::text[])`;

const UPSERT = `
INSERT INTO medcards (card_id, tier, status, monthly_limit, copayment_percent, holder_user_id, holder_name,
  holder_beneficiary_id, insurance_provider, insurance_policy_number, status_reason, expires_at, version, issued_at, updated_at)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::int[], $6::text[], $7::text[], $8::text[],
  $9::text[], $10::text[], $11::text[], $12::timestamptz[], $13::int[], $14::timestamptz[], $15::timestamptz[])
ON CONFLICT (card_id) DO UPDATE SET tier = excluded.tier, status = excluded.status, monthly_limit = excluded.monthly_limit,
  copayment_percent = excluded.copayment_percent, status_reason = excluded.status_reason, version = excluded.version,
  updated_at = excluded.updated_at
WHERE medcards.version < excluded.version`;

interface Row {
  card_id: string; tier: MedCardTier; status: MedCardDoc['status']; monthly_limit: number; copayment_percent: number;
  holder_user_id: string; holder_name: string; holder_beneficiary_id: string; insurance_provider: string | null;
  insurance_policy_number: string | null; status_reason: string | null; expires_at: Date; version: number;
  issued_at: Date; updated_at: Date;
}

const docOf = (r: Row): MedCardDoc => ({
  cardId: r.card_id, tier: r.tier, status: r.status, monthlyLimit: r.monthly_limit, copaymentPercent: r.copayment_percent,
  holderUserId: r.holder_user_id, holderName: r.holder_name, holderBeneficiaryId: r.holder_beneficiary_id,
  insuranceProvider: r.insurance_provider, insurancePolicyNumber: r.insurance_policy_number, statusReason: r.status_reason,
  expiresAt: iso(r.expires_at), version: r.version, issuedAt: iso(r.issued_at), updatedAt: iso(r.updated_at),
});

/** Tier, terms, status and holder per card (the `medcards` table). */
export const medCardProjection: DocumentProjection<MedCardDoc> = {
  name: 'medcards',
  canHandle: medCardEventTypes,
  keyOf: (e) => e.streamId,
  evolve: evolveMedCardDoc,
  async load(tx, keys) {
    const res = await tx.query<Row>(SELECT, [keys]);
    return new Map(res.rows.map((r) => [r.card_id, docOf(r)]));
  },
  async save(tx, docs) {
    if (docs.length === 0) return;
    const col = <K extends keyof MedCardDoc>(k: K) => docs.map((d) => d[k]);
    await tx.query(UPSERT, [
      col('cardId'), col('tier'), col('status'), col('monthlyLimit'), col('copaymentPercent'), col('holderUserId'),
      col('holderName'), col('holderBeneficiaryId'), col('insuranceProvider'), col('insurancePolicyNumber'),
      col('statusReason'), col('expiresAt'), col('version'), col('issuedAt'), col('updatedAt'),
    ]);
  },
};
