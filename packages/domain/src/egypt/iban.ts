import { toAsciiDigits } from './digits';

/** An Egyptian IBAN: `EG`, two check digits, 4-digit bank, 4-digit branch, 17-digit account (29 characters). */
const EGYPTIAN_IBAN = /^EG\d{27}$/;

export type IbanRejection = 'format' | 'checksum';

/** Spaces and dashes as people type them dropped, letters upper-cased, Arabic-Indic digits made ASCII. */
export const compactIban = (value: string): string => toAsciiDigits(value).replace(/[\s-]/g, '').toUpperCase();

/**
 * ISO 13616 / ISO 7064 MOD 97-10: move the first four characters to the end, letters become 10–35, and the
 * number must leave remainder 1 when divided by 97. Computed piecewise so no big integers are needed.
 */
export function ibanChecksumValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/** The compact Egyptian IBAN, or why it is refused. */
export function parseEgyptianIban(value: string): { ok: true; iban: string } | { ok: false; reason: IbanRejection } {
  const iban = compactIban(value);
  if (!EGYPTIAN_IBAN.test(iban)) return { ok: false, reason: 'format' };
  if (!ibanChecksumValid(iban)) return { ok: false, reason: 'checksum' };
  return { ok: true, iban };
}

/** Everything but the country code and the last four characters hidden, in groups of four as printed. */
export function maskIban(iban: string): string {
  const visibleFrom = iban.length - 4;
  const masked = [...iban].map((ch, i) => (i < 2 || i >= visibleFrom ? ch : '*')).join('');
  return masked.replace(/(.{4})(?=.)/g, '$1 ');
}
