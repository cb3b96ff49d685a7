import { MAX_ADDRESS, MAX_CITY, MAX_PHARMACY_NAME, MAX_REASON, governorateCodes, type Governorate } from '@healthpay/domain';
import { z } from 'zod';

export const pharmacyId = z.string().trim().min(1).max(100);
export const pharmacyStatus = z.enum(['pending', 'active', 'suspended', 'closed']);
export const governorate = z.enum(governorateCodes as [Governorate, ...Governorate[]]);

/** Bounds here give field errors (VALIDATION_FAILED); the domain checks the same rules again (formats, IBAN). */
export const pharmacyDetailsInput = z.strictObject({
  nameEn: z.string().trim().min(1).max(MAX_PHARMACY_NAME),
  nameAr: z.string().trim().min(1).max(MAX_PHARMACY_NAME),
  governorate,
  city: z.string().trim().min(1).max(MAX_CITY),
  address: z.string().trim().min(1).max(MAX_ADDRESS),
});
/** As typed: spaces allowed (`EG38 0019 …`); the domain compacts and checks it. */
export const ibanInput = z.string().trim().min(2).max(50);

export const createPharmacyInput = pharmacyDetailsInput.extend({
  licenceNumber: z.string().trim().min(1).max(40),
  commercialRegistration: z.string().trim().min(1).max(20),
  iban: ibanInput,
});
export type CreatePharmacyInput = z.infer<typeof createPharmacyInput>;

export const reasonInput = z.string().trim().min(1).max(MAX_REASON);

/** A pharmacy on a screen: the IBAN only masked (the full one only through `pharmacies.revealIban`). */
export const pharmacyView = z.object({
  id: z.string(),
  nameEn: z.string(),
  nameAr: z.string(),
  governorate: z.string().nullable(),
  city: z.string(),
  address: z.string().nullable(),
  licenceNumber: z.string().nullable(),
  commercialRegistration: z.string().nullable(),
  ibanMasked: z.string().nullable(),
  status: pharmacyStatus,
  statusReason: z.string().nullable(),
  registeredAt: z.date().nullable(),
  version: z.int(),
});
export type PharmacyView = z.infer<typeof pharmacyView>;

export const pharmacyPage = z.object({ items: z.array(pharmacyView), nextCursor: z.int().nullable() });
export const pharmacistView = z.object({ id: z.string(), name: z.string(), email: z.string().nullable() });
