import type { PharmacyDetails } from './events';

export type PharmacyStatus = 'pending' | 'active' | 'suspended' | 'closed';

export interface ExistingPharmacy extends PharmacyDetails {
  pharmacyId: string;
  licenceNumber: string;
  commercialRegistration: string;
  iban: string;
  /** Why it is suspended or closed (null otherwise). */
  statusReason: string | null;
  registeredAt: string;
}

export type PharmacyState = { status: 'none' } | ({ status: PharmacyStatus } & ExistingPharmacy);
export type ExistingPharmacyState = Exclude<PharmacyState, { status: 'none' }>;

export const initialPharmacyState: PharmacyState = { status: 'none' };

/** Who holds a licence number: the licence claim stream's state. */
export type PharmacyLicenceState = { holder: string | null };
export const initialPharmacyLicenceState: PharmacyLicenceState = { holder: null };

/** The stream that records which pharmacy holds a licence number (normalised). */
export const pharmacyLicenceStreamId = (licenceNumber: string): string => `pharmacy-licence:${licenceNumber}`;
