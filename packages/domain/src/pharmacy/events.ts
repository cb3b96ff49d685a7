import type { Governorate } from '../egypt/governorate-names';

/** Where and what a pharmacy is: the details staff may correct after registration. */
export interface PharmacyDetails {
  nameEn: string;
  nameAr: string;
  governorate: Governorate;
  city: string;
  address: string;
}

/** Pharmacy facts (past tense). The licence and commercial registration are fixed at registration. */
export type PharmacyEvent =
  | { type: 'PharmacyRegistered'; data: PharmacyDetails & { pharmacyId: string; licenceNumber: string; commercialRegistration: string; iban: string; at: string } }
  | { type: 'PharmacyDetailsChanged'; data: PharmacyDetails & { pharmacyId: string; at: string } }
  | { type: 'PharmacySettlementAccountChanged'; data: { pharmacyId: string; iban: string; at: string } }
  | { type: 'PharmacyActivated'; data: { pharmacyId: string; at: string } }
  | { type: 'PharmacySuspended'; data: { pharmacyId: string; reason: string; at: string } }
  | { type: 'PharmacyReinstated'; data: { pharmacyId: string; at: string } }
  | { type: 'PharmacyClosed'; data: { pharmacyId: string; reason: string; at: string } };

export type PharmacyEventType = PharmacyEvent['type'];

/**
 * The licence claim stream (`pharmacyLicenceStreamId`): one per licence number, appended in the same
 * transaction as the registration, so two pharmacies can never hold the same licence (see decide.ts).
 */
export type PharmacyLicenceEvent = { type: 'PharmacyLicenceClaimed'; data: { licenceNumber: string; pharmacyId: string; at: string } };
