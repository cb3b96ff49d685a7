import { evolvePharmacy, initialPharmacyState, maskIban, type PharmacyEvent } from '@healthpay/domain';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../event-store/types';
import { evolvePharmacyDoc, type PharmacyDoc } from './pharmacy-projection';

const ID = 'ph-nile';
const IBAN = 'EG380019000500000000263180002';
const OTHER = 'EG800002000156789012345180002';
const at = (minute: number) => `2026-12-06T08:${String(minute).padStart(2, '0')}:00.000Z`;
const details = { nameEn: 'Nile Pharmacy', nameAr: 'صيدلية النيل', governorate: '21' as const, city: 'Dokki', address: '12 Tahrir St' };

const life: PharmacyEvent[] = [
  { type: 'PharmacyRegistered', data: { pharmacyId: ID, ...details, licenceNumber: 'GZ-4471', commercialRegistration: '123456', iban: IBAN, at: at(0) } },
  { type: 'PharmacyActivated', data: { pharmacyId: ID, at: at(1) } },
  { type: 'PharmacyDetailsChanged', data: { pharmacyId: ID, ...details, city: 'Mohandessin', at: at(2) } },
  { type: 'PharmacySettlementAccountChanged', data: { pharmacyId: ID, iban: OTHER, at: at(3) } },
  { type: 'PharmacySuspended', data: { pharmacyId: ID, reason: 'licence expired', at: at(4) } },
  { type: 'PharmacyReinstated', data: { pharmacyId: ID, at: at(5) } },
];

const stored = (events: PharmacyEvent[]): StoredEvent[] => events.map((e, i) => ({
  position: i + 1, transactionId: i + 1, eventId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, streamId: ID,
  aggregateType: 'pharmacy', type: e.type, version: i + 1, data: e.data, metadata: {}, timestamp: new Date(0),
}));
const fold = (events: StoredEvent[], from: PharmacyDoc | null = null) => events.reduce(evolvePharmacyDoc, from);
const twice = (events: StoredEvent[]) => events.flatMap((e) => [e, e]);

describe('the pharmacies row', () => {
  it('is the same when every event is delivered twice', () => {
    for (let n = 1; n <= life.length; n++) expect(fold(twice(stored(life.slice(0, n))))).toEqual(fold(stored(life.slice(0, n))));
  });

  it('agrees with the domain state at every step, and keeps the IBAN masked beside it', () => {
    for (let n = 1; n <= life.length; n++) {
      const s = life.slice(0, n).reduce(evolvePharmacy, initialPharmacyState);
      if (s.status === 'none') throw new Error('no pharmacy');
      expect(fold(twice(stored(life.slice(0, n))))).toMatchObject({
        id: ID, nameEn: s.nameEn, nameAr: s.nameAr, governorate: s.governorate, city: s.city, address: s.address, status: s.status,
        statusReason: s.statusReason, licenceNumber: s.licenceNumber, iban: s.iban, ibanMasked: maskIban(s.iban), version: n,
      });
    }
  });

  it('replaces a row that has no events (from before onboarding, or the seed) with the registration', () => {
    const legacy: PharmacyDoc = {
      id: ID, nameEn: 'Old', nameAr: 'قديم', governorate: null, city: 'Cairo', address: null, licenceNumber: null, commercialRegistration: null,
      iban: null, ibanMasked: null, status: 'active', statusReason: null, registeredAt: null, updatedAt: null, version: 0,
    };
    expect(fold(twice(stored(life.slice(0, 2))), legacy)).toEqual(fold(stored(life.slice(0, 2))));
  });

  it('ignores events of a pharmacy it has no row for, other than the registration', () => {
    expect(fold(stored(life).slice(1))).toBeNull();
  });
});
