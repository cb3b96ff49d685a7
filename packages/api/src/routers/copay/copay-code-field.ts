import { z } from 'zod';

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;
const toAsciiDigits = (text: string) => text.replace(ARABIC_INDIC, (d) => String((d.codePointAt(0) ?? 0) % 16));

/**
 * The 6-digit code the patient reads out, as typed at the counter (spaces and Arabic-Indic digits are fine).
 * Imports only zod: the pharmacy portal's code form uses this same schema (`@healthpay/api/copay-code`).
 */
export const copayCodeField = z
  .string()
  .max(20)
  .transform((v) => toAsciiDigits(v).replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'The code is 6 digits'));

/** The code form's fields (the collection comes from the screen, not from the form). */
export const copayCodeForm = z.object({ code: copayCodeField });
