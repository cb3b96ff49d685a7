import type { CommandMeta } from '../shared/command';

/** Details as typed by staff: validated and normalised by the decider. */
export interface PharmacyDetailsInput {
  nameEn: string;
  nameAr: string;
  governorate: string;
  city: string;
  address: string;
}

/** Registration: decided together with the licence number's claim stream (decidePharmacyRegistration). */
export interface RegisterPharmacy {
  type: 'RegisterPharmacy';
  data: PharmacyDetailsInput & { pharmacyId: string; licenceNumber: string; commercialRegistration: string; iban: string };
  meta: CommandMeta;
}

/** Pharmacy commands after registration (imperative). */
export type PharmacyCommand =
  | { type: 'ChangePharmacyDetails'; data: PharmacyDetailsInput & { pharmacyId: string }; meta: CommandMeta }
  | { type: 'ChangeSettlementAccount'; data: { pharmacyId: string; iban: string }; meta: CommandMeta }
  | { type: 'ActivatePharmacy'; data: { pharmacyId: string }; meta: CommandMeta }
  | { type: 'SuspendPharmacy'; data: { pharmacyId: string; reason: string }; meta: CommandMeta }
  | { type: 'ReinstatePharmacy'; data: { pharmacyId: string }; meta: CommandMeta }
  | { type: 'ClosePharmacy'; data: { pharmacyId: string; reason: string }; meta: CommandMeta };

export type PharmacyCommandOf<T extends PharmacyCommand['type']> = Extract<PharmacyCommand, { type: T }>;
