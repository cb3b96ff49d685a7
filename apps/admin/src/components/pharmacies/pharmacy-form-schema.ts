import {
  MAX_ADDRESS, MAX_CITY, MAX_PHARMACY_NAME, isCommercialRegistration, isGovernorate, isLicenceNumber, normalizeCommercialRegistration,
  normalizeLicenceNumber, parseEgyptianIban, type Governorate,
} from '@healthpay/domain';
import { z } from 'zod';

/** Message keys in `pharmacies.errors`. */
export type FormErrorKey = 'required' | 'tooLong' | 'ibanFormat' | 'ibanChecksum' | 'licence' | 'cr' | 'governorate';

const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');

/** The IBAN checked as the domain checks it (format, then ISO 13616 check digits), before anything is sent. */
export const ibanField = z.string().superRefine((value, ctx) => {
  if (!value.trim()) return void ctx.addIssue({ code: 'custom', message: 'required' });
  const parsed = parseEgyptianIban(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason === 'format' ? 'ibanFormat' : 'ibanChecksum' });
});

/** The registration form: the domain's own rules (shared functions), with message keys for the screen. */
export const pharmacyForm = z.object({
  nameEn: text(MAX_PHARMACY_NAME),
  nameAr: text(MAX_PHARMACY_NAME),
  licenceNumber: z.string().trim().min(1, 'required').refine((v) => isLicenceNumber(normalizeLicenceNumber(v)), 'licence'),
  commercialRegistration: z.string().trim().min(1, 'required').refine((v) => isCommercialRegistration(normalizeCommercialRegistration(v)), 'cr'),
  governorate: z.string().refine((v): v is Governorate => isGovernorate(v), 'governorate'),
  city: text(MAX_CITY),
  address: text(MAX_ADDRESS),
  iban: ibanField,
});
export type PharmacyFormInput = z.input<typeof pharmacyForm>;
