import { maskIban, type PharmacyEvent, type PharmacyStatus } from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';
import type { DocumentProjection } from '../../projections/types';

/** One `pharmacies` row. */
export interface PharmacyDoc {
  id: string;
  nameEn: string;
  nameAr: string;
  governorate: string | null;
  city: string;
  address: string | null;
  licenceNumber: string | null;
  commercialRegistration: string | null;
  iban: string | null;
  ibanMasked: string | null;
  status: PharmacyStatus;
  statusReason: string | null;
  registeredAt: string | null;
  updatedAt: string | null;
  version: number;
}

export const pharmacyEventTypes = [
  'PharmacyRegistered', 'PharmacyDetailsChanged', 'PharmacySettlementAccountChanged', 'PharmacyActivated', 'PharmacySuspended',
  'PharmacyReinstated', 'PharmacyClosed',
] as const satisfies readonly PharmacyEvent['type'][];

/**
 * Pure: the row after one more event, as the domain's `evolvePharmacy` would have it. An event at or below the
 * row's version was seen already and changes nothing. A row without events (version 0: from before onboarding,
 * or the seed's reference row) is replaced by the registration.
 */
export function evolvePharmacyDoc(doc: PharmacyDoc | null, stored: StoredEvent): PharmacyDoc | null {
  if (doc && stored.version <= doc.version) return doc;
  const e = { type: stored.type, data: stored.data } as PharmacyEvent;
  if (e.type === 'PharmacyRegistered') {
    const d = e.data;
    return {
      id: d.pharmacyId, nameEn: d.nameEn, nameAr: d.nameAr, governorate: d.governorate, city: d.city, address: d.address,
      licenceNumber: d.licenceNumber, commercialRegistration: d.commercialRegistration, iban: d.iban, ibanMasked: maskIban(d.iban),
      status: 'pending', statusReason: null, registeredAt: d.at, updatedAt: d.at, version: stored.version,
    };
  }
  if (!doc) return null;
  const s = { ...doc, version: stored.version, updatedAt: e.data.at };
  switch (e.type) {
    case 'PharmacyDetailsChanged': {
      const { nameEn, nameAr, governorate, city, address } = e.data;
      return { ...s, nameEn, nameAr, governorate, city, address };
    }
    case 'PharmacySettlementAccountChanged':
      return { ...s, iban: e.data.iban, ibanMasked: maskIban(e.data.iban) };
    case 'PharmacyActivated':
    case 'PharmacyReinstated':
      return { ...s, status: 'active', statusReason: null };
    case 'PharmacySuspended':
      return { ...s, status: 'suspended', statusReason: e.data.reason };
    case 'PharmacyClosed':
      return { ...s, status: 'closed', statusReason: e.data.reason };
    default: {
      const _never: never = e;
      return _never;
    }
  }
}

interface Row {
  id: string; name: string; name_ar: string; governorate: string | null; city: string; address: string | null;
  licence_number: string | null; commercial_registration: string | null; iban: string | null; iban_masked: string | null;
  status: PharmacyStatus; status_reason: string | null; registered_at: Date | null; updated_at: Date | null; version: number;
}

const UPSERT = `
INSERT INTO pharmacies (id, name, name_ar, governorate, city, address, licence_number, commercial_registration, iban, iban_masked,
  status, status_reason, registered_at, updated_at, version)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
  $10::text[], $11::text[], $12::text[], $13::timestamptz[], $14::timestamptz[], $15::int[])
ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_ar = excluded.name_ar, governorate = excluded.governorate,
  city = excluded.city, address = excluded.address, licence_number = excluded.licence_number,
  commercial_registration = excluded.commercial_registration, iban = excluded.iban, iban_masked = excluded.iban_masked,
  status = excluded.status, status_reason = excluded.status_reason, registered_at = excluded.registered_at,
  updated_at = excluded.updated_at, version = excluded.version
WHERE pharmacies.version < excluded.version`;

/** `pharmacies`: one row per pharmacy, keyed by its id (the stream id). */
export const pharmacyProjection: DocumentProjection<PharmacyDoc> = {
  name: 'pharmacies',
  canHandle: pharmacyEventTypes,
  keyOf: (e) => e.streamId,
  evolve: evolvePharmacyDoc,
  async load(tx, keys) {
    const res = await tx.query<Row>('SELECT * FROM pharmacies WHERE id = ANY($1)', [keys]);
    return new Map(res.rows.map((r) => [r.id, {
      id: r.id, nameEn: r.name, nameAr: r.name_ar, governorate: r.governorate, city: r.city, address: r.address,
      licenceNumber: r.licence_number, commercialRegistration: r.commercial_registration, iban: r.iban, ibanMasked: r.iban_masked,
      status: r.status, statusReason: r.status_reason, registeredAt: r.registered_at?.toISOString() ?? null,
      updatedAt: r.updated_at?.toISOString() ?? null, version: r.version,
    }]));
  },
  async save(tx, docs) {
    if (docs.length === 0) return;
    const col = <K extends keyof PharmacyDoc>(k: K) => docs.map((d) => d[k]);
    await tx.query(UPSERT, [
      col('id'), col('nameEn'), col('nameAr'), col('governorate'), col('city'), col('address'), col('licenceNumber'),
      col('commercialRegistration'), col('iban'), col('ibanMasked'), col('status'), col('statusReason'), col('registeredAt'),
      col('updatedAt'), col('version'),
    ]);
  },
};
