import type { PharmacyCommand, PharmacyDetailsInput, RegisterPharmacy } from '../pharmacy/commands';
import type { PharmacyEvent } from '../pharmacy/events';

/** Test fixtures: one pharmacy in Giza, registered at T0 by a support agent. */
export const PHARMACY_ID = 'ph-test-1';
export const T0 = '2026-12-06T08:00:00.000Z';
export const LATER = '2026-12-06T09:00:00.000Z';
export const IBAN = 'EG380019000500000000263180002';
export const OTHER_IBAN = 'EG800002000156789012345180002';
export const meta = (now = T0) => ({ now, actorId: 'u-support' });

export const details = { nameEn: 'Nile Pharmacy', nameAr: 'صيدلية النيل', governorate: '21' as const, city: 'Dokki', address: '12 Tahrir St' };

export const register = (over: Partial<RegisterPharmacy['data']> = {}): RegisterPharmacy => ({
  type: 'RegisterPharmacy',
  data: { pharmacyId: PHARMACY_ID, ...details, licenceNumber: 'GZ-4471', commercialRegistration: '123456', iban: IBAN, ...over },
  meta: meta(),
});

export const registered: PharmacyEvent = {
  type: 'PharmacyRegistered',
  data: { pharmacyId: PHARMACY_ID, ...details, licenceNumber: 'GZ-4471', commercialRegistration: '123456', iban: IBAN, at: T0 },
};
export const activated: PharmacyEvent = { type: 'PharmacyActivated', data: { pharmacyId: PHARMACY_ID, at: T0 } };
export const suspended: PharmacyEvent = { type: 'PharmacySuspended', data: { pharmacyId: PHARMACY_ID, reason: 'licence expired', at: T0 } };
export const closed: PharmacyEvent = { type: 'PharmacyClosed', data: { pharmacyId: PHARMACY_ID, reason: 'owner retired', at: T0 } };

export const activate = (): PharmacyCommand => ({ type: 'ActivatePharmacy', data: { pharmacyId: PHARMACY_ID }, meta: meta(LATER) });
export const suspend = (reason = 'licence expired'): PharmacyCommand => ({ type: 'SuspendPharmacy', data: { pharmacyId: PHARMACY_ID, reason }, meta: meta(LATER) });
export const reinstate = (): PharmacyCommand => ({ type: 'ReinstatePharmacy', data: { pharmacyId: PHARMACY_ID }, meta: meta(LATER) });
export const close = (reason = 'owner retired'): PharmacyCommand => ({ type: 'ClosePharmacy', data: { pharmacyId: PHARMACY_ID, reason }, meta: meta(LATER) });
export const changeAccount = (iban: string): PharmacyCommand => ({ type: 'ChangeSettlementAccount', data: { pharmacyId: PHARMACY_ID, iban }, meta: meta(LATER) });
export const changeDetails = (over: Partial<PharmacyDetailsInput> = {}): PharmacyCommand => ({
  type: 'ChangePharmacyDetails', data: { pharmacyId: PHARMACY_ID, ...details, ...over }, meta: meta(LATER),
});
