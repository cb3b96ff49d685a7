import { z } from 'zod';

/** The terms and privacy notice in force; registration records the version the patient accepted. */
export const TERMS_VERSION = '2026-12';

const phone = z.string().trim().min(1).max(40);
/** Arabic script (with its marks), spaces, hyphen and apostrophe; at least two words. */
const ARABIC_NAME = /^\p{Script=Arabic}[\p{Script=Arabic}\p{Mn}]*(?:[ '-]\p{Script=Arabic}[\p{Script=Arabic}\p{Mn}]*)+$/u;
/** Latin letters, spaces, hyphen, apostrophe and dots; at least two words. */
const LATIN_NAME = /^[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*)+$/;

const squeeze = (s: string) => s.trim().replace(/\s+/g, ' ');

export const nameArSchema = z.string().max(120).transform(squeeze).pipe(z.string().regex(ARABIC_NAME, 'Full name in Arabic letters'));
export const nameEnSchema = z.string().max(120).transform(squeeze).pipe(z.string().regex(LATIN_NAME, 'Full name in Latin letters'));

export const startRegistrationInput = z.strictObject({ phone });
export const startRegistrationOutput = z.object({ phone: z.string(), expiresAt: z.date() });

export const completeRegistrationInput = z.strictObject({
  phone,
  code: z.string().trim().regex(/^\d{6}$/, 'The 6-digit code from the SMS'),
  nameAr: nameArSchema,
  nameEn: nameEnSchema,
  nationalId: z.string().trim().min(1).max(20),
  consentVersion: z.literal(TERMS_VERSION, { message: 'Accept the current terms and privacy notice' }),
  /** The language the patient registered in: stored as theirs (sign-in on a new browser lands there). */
  locale: z.enum(['ar', 'en']).default('ar'),
});
export type CompleteRegistrationInput = z.input<typeof completeRegistrationInput>;

export const completeRegistrationOutput = z.object({
  userId: z.string(),
  walletId: z.string(),
  phone: z.string(),
  /** A fresh single-use code for this phone: the portal signs in with it through Auth.js's `otp` provider. */
  signInCode: z.string(),
});
