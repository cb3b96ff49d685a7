import type { InsuranceClaimStatus, InsuranceDocument, InsuranceFilerRole, InsuranceRejectionReason } from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';
import type { DocumentProjection } from '../../projections/types';
import { iso, isoOrNull, keyOf, medCardEvent, splitKeys } from './medcard-event';

export interface InsuranceClaimDoc {
  cardId: string;
  claimId: string;
  status: InsuranceClaimStatus;
  amount: number;
  approvedAmount: number | null;
  documents: InsuranceDocument[];
  prescriptionId: string | null;
  filedByRole: InsuranceFilerRole;
  filedBy: string;
  revision: number;
  rejectionReason: InsuranceRejectionReason | null;
  reviewNote: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  version: number;
  filedAt: string;
  updatedAt: string;
}

export const INSURANCE_EVENTS = [
  'InsuranceClaimFiled', 'InsuranceClaimApproved', 'InsuranceClaimRejected', 'InsuranceClaimReturned', 'InsuranceClaimResubmitted',
] as const;

export const insuranceKeyOf = (e: StoredEvent): string => keyOf(e.streamId, (e.data as { claimId?: string }).claimId ?? '');

/** Pure: an insurance claim's row after one event; repeats (at or below its version) change nothing. */
export function evolveInsuranceClaimDoc(doc: InsuranceClaimDoc | null, stored: StoredEvent): InsuranceClaimDoc | null {
  const e = medCardEvent(stored);
  if (e.type === 'InsuranceClaimFiled') {
    if (doc) return doc;
    const d = e.data;
    return {
      cardId: stored.streamId, claimId: d.claimId, status: 'submitted', amount: d.amount, approvedAmount: null,
      documents: d.documents, prescriptionId: d.prescriptionId, filedByRole: d.filedBy.role, filedBy: d.filedBy.actorId,
      revision: 1, rejectionReason: null, reviewNote: null, reviewedBy: null, reviewedAt: null, version: stored.version,
      filedAt: d.at, updatedAt: d.at,
    };
  }
  if (!doc || stored.version <= doc.version) return doc;
  const next = { ...doc, version: stored.version };
  switch (e.type) {
    case 'InsuranceClaimApproved':
      return { ...next, status: 'approved', approvedAmount: e.data.approvedAmount, reviewedBy: e.data.reviewedBy, reviewedAt: e.data.at, updatedAt: e.data.at };
    case 'InsuranceClaimRejected':
      return { ...next, status: 'rejected', rejectionReason: e.data.reason, reviewNote: e.data.note || null, reviewedBy: e.data.reviewedBy, reviewedAt: e.data.at, updatedAt: e.data.at };
    case 'InsuranceClaimReturned':
      return { ...next, status: 'returned', reviewNote: e.data.note, reviewedBy: e.data.reviewedBy, reviewedAt: e.data.at, updatedAt: e.data.at };
    case 'InsuranceClaimResubmitted':
      // The correction note is answered; the last review stays visible through reviewedBy/reviewedAt.
      return { ...next, status: 'submitted', amount: e.data.amount, documents: e.data.documents, revision: e.data.revision, reviewNote: null, updatedAt: e.data.at };
    default:
      return doc;
  }
}

const COLUMNS = `card_id AS "cardId", claim_id AS "claimId", status, amount, approved_amount AS "approvedAmount", documents,
  prescription_id AS "prescriptionId", filed_by_role AS "filedByRole", filed_by AS "filedBy", revision,
  rejection_reason AS "rejectionReason", review_note AS "reviewNote", reviewed_by AS "reviewedBy",
  reviewed_at AS "reviewedAt", version, filed_at AS "filedAt", updated_at AS "updatedAt"`;

export type InsuranceClaimRow = Omit<InsuranceClaimDoc, 'reviewedAt' | 'filedAt' | 'updatedAt'> & {
  reviewedAt: Date | null; filedAt: Date; updatedAt: Date;
};

export const insuranceDocOf = (r: InsuranceClaimRow): InsuranceClaimDoc => ({
  ...r, reviewedAt: isoOrNull(r.reviewedAt), filedAt: iso(r.filedAt), updatedAt: iso(r.updatedAt),
});
export const INSURANCE_SELECT = `SELECT ${COLUMNS} FROM insurance_claims`;

const UPSERT = `
INSERT INTO insurance_claims (card_id, claim_id, status, amount, approved_amount, documents, prescription_id, filed_by_role,
  filed_by, revision, rejection_reason, review_note, reviewed_by, reviewed_at, version, filed_at, updated_at)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::jsonb[], $7::text[], $8::text[],
  $9::text[], $10::int[], $11::text[], $12::text[], $13::text[], $14::timestamptz[], $15::int[], $16::timestamptz[],
  $17::timestamptz[])
ON CONFLICT (card_id, claim_id) DO UPDATE SET status = excluded.status, amount = excluded.amount,
  approved_amount = excluded.approved_amount, documents = excluded.documents, revision = excluded.revision,
  rejection_reason = excluded.rejection_reason, review_note = excluded.review_note, reviewed_by = excluded.reviewed_by,
  reviewed_at = excluded.reviewed_at, version = excluded.version, updated_at = excluded.updated_at
WHERE insurance_claims.version < excluded.version`;

/** Claims filed with the card's insurer and their review (`insurance_claims`). */
export const insuranceClaimProjection: DocumentProjection<InsuranceClaimDoc> = {
  name: 'insurance_claims',
  canHandle: INSURANCE_EVENTS,
  keyOf: insuranceKeyOf,
  evolve: evolveInsuranceClaimDoc,
  async load(tx, keys) {
    const res = await tx.query<InsuranceClaimRow>(
      `${INSURANCE_SELECT} WHERE (card_id, claim_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      splitKeys(keys),
    );
    return new Map(res.rows.map((r) => [keyOf(r.cardId, r.claimId), insuranceDocOf(r)]));
  },
  async save(tx, docs) {
    if (docs.length === 0) return;
    const col = <K extends keyof InsuranceClaimDoc>(k: K) => docs.map((d) => d[k]);
    await tx.query(UPSERT, [
      col('cardId'), col('claimId'), col('status'), col('amount'), col('approvedAmount'),
      docs.map((d) => JSON.stringify(d.documents)), col('prescriptionId'), col('filedByRole'), col('filedBy'), col('revision'),
      col('rejectionReason'), col('reviewNote'), col('reviewedBy'), col('reviewedAt'), col('version'), col('filedAt'),
      col('updatedAt'),
    ]);
  },
};
