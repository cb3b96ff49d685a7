import type { Beneficiary, Gender, Relationship } from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';
import { hashNationalId, maskNationalId, openNationalId, sealNationalId } from '../../pii/national-id';
import { isSealed } from '../../pii/cipher';
import type { DocumentProjection } from '../../projections/types';
import { iso, isoOrNull, keyOf, medCardEvent, splitKeys } from './medcard-event';

export interface BeneficiaryDoc {
  cardId: string;
  beneficiaryId: string;
  relationship: Relationship;
  name: string;
  nationalId: string;
  dateOfBirth: string; // YYYY-MM-DD
  gender: Gender;
  mobile: string | null;
  status: 'active' | 'removed';
  version: number;
  addedAt: string;
  removedAt: string | null;
  updatedAt: string;
}

const added = (cardId: string, b: Beneficiary, version: number, at: string): BeneficiaryDoc => ({
  cardId, beneficiaryId: b.beneficiaryId, relationship: b.relationship, name: b.name, nationalId: b.nationalId,
  dateOfBirth: b.dateOfBirth, gender: b.gender, mobile: b.mobile, status: 'active', version, addedAt: at, removedAt: null, updatedAt: at,
});

/** Which member an event is about (the holder's `self` entry comes with MedCardIssued). */
export const beneficiaryKeyOf = (e: StoredEvent): string => {
  const ev = medCardEvent(e);
  switch (ev.type) {
    case 'MedCardIssued':
      return keyOf(e.streamId, ev.data.self.beneficiaryId);
    case 'BeneficiaryAdded':
      return keyOf(e.streamId, ev.data.beneficiary.beneficiaryId);
    case 'BeneficiaryRemoved':
      return keyOf(e.streamId, ev.data.beneficiaryId);
    default:
      return keyOf(e.streamId, '');
  }
};

/** Pure: a member's row after one event; a removed member added again becomes active with the new data. */
export function evolveBeneficiaryDoc(doc: BeneficiaryDoc | null, stored: StoredEvent): BeneficiaryDoc | null {
  if (doc && stored.version <= doc.version) return doc;
  const e = medCardEvent(stored);
  switch (e.type) {
    case 'MedCardIssued':
      return doc ?? added(stored.streamId, e.data.self, stored.version, e.data.at);
    case 'BeneficiaryAdded':
      return added(stored.streamId, e.data.beneficiary, stored.version, e.data.at);
    case 'BeneficiaryRemoved':
      return doc && { ...doc, status: 'removed', version: stored.version, removedAt: e.data.at, updatedAt: e.data.at };
    default:
      return doc;
  }
}

const SELECT = `SELECT card_id, beneficiary_id, relationship, name, national_id_ciphertext, date_of_birth::text AS date_of_birth, gender,
  mobile, status, version, added_at, removed_at, updated_at FROM medcard_beneficiaries
  WHERE (card_id, beneficiary_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`;

const UPSERT = `
INSERT INTO medcard_beneficiaries (card_id, beneficiary_id, relationship, name, national_id_ciphertext, date_of_birth, gender, mobile,
  status, version, added_at, removed_at, updated_at, national_id_hash, national_id_masked)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[],
  $9::text[], $10::int[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[], $14::text[], $15::text[])
ON CONFLICT (card_id, beneficiary_id) DO UPDATE SET relationship = excluded.relationship, name = excluded.name,
  national_id_ciphertext = excluded.national_id_ciphertext, national_id_hash = excluded.national_id_hash,
  national_id_masked = excluded.national_id_masked, date_of_birth = excluded.date_of_birth, gender = excluded.gender,
  mobile = excluded.mobile, status = excluded.status, version = excluded.version, added_at = excluded.added_at,
  removed_at = excluded.removed_at, updated_at = excluded.updated_at
WHERE medcard_beneficiaries.version < excluded.version`;

interface Row {
  card_id: string; beneficiary_id: string; relationship: Relationship; name: string; national_id_ciphertext: string;
  date_of_birth: string; gender: Gender; mobile: string | null; status: BeneficiaryDoc['status']; version: number;
  added_at: Date; removed_at: Date | null; updated_at: Date;
}

/**
 * People covered by each card (`medcard_beneficiaries`). Docs hold the national ID in clear (evolve stays
 * pure); the table holds it encrypted, hashed (exact-match search) and masked: `save` seals, `load` opens.
 */
export const beneficiaryProjection: DocumentProjection<BeneficiaryDoc> = {
  name: 'medcard_beneficiaries',
  canHandle: ['MedCardIssued', 'BeneficiaryAdded', 'BeneficiaryRemoved'],
  keyOf: beneficiaryKeyOf,
  evolve: evolveBeneficiaryDoc,
  async load(tx, keys) {
    const res = await tx.query<Row>(SELECT, splitKeys(keys));
    return new Map(res.rows.map((r) => [keyOf(r.card_id, r.beneficiary_id), {
      cardId: r.card_id, beneficiaryId: r.beneficiary_id, relationship: r.relationship, name: r.name,
      nationalId: isSealed(r.national_id_ciphertext) ? openNationalId(r.national_id_ciphertext) : r.national_id_ciphertext, dateOfBirth: r.date_of_birth, gender: r.gender, mobile: r.mobile, status: r.status,
      version: r.version, addedAt: iso(r.added_at), removedAt: isoOrNull(r.removed_at), updatedAt: iso(r.updated_at),
    }]));
  },
  async save(tx, docs) {
    if (docs.length === 0) return;
    const col = <K extends keyof BeneficiaryDoc>(k: K) => docs.map((d) => d[k]);
    await tx.query(UPSERT, [
      col('cardId'), col('beneficiaryId'), col('relationship'), col('name'), col('nationalId').map((id) => sealNationalId(id)),
      col('dateOfBirth'), col('gender'), col('mobile'), col('status'), col('version'), col('addedAt'), col('removedAt'),
      col('updatedAt'), col('nationalId').map((id) => hashNationalId(id)), col('nationalId').map(maskNationalId),
    ]);
  },
};
