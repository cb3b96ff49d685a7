import { DomainError } from '../shared/errors';
import { toAsciiDigits } from './digits';

export type MobileRejection = 'FORMAT' | 'UNKNOWN_OPERATOR';

/** National (0), international (+20, 0020) or bare country code (20) prefix, then the 10-digit mobile number. */
const SHAPE = /^(?:\+20|0020|20|0)(1\d{9})$/;
/** 10 Vodafone, 11 e&, 12 Orange, 15 WE: the only mobile ranges allocated by NTRA. */
const OPERATOR = /^1[0125]/;
/** Separators people type or paste: spaces (incl. NBSP), dashes, dots, parentheses. */
const SEPARATORS = /[\s\-.()\u2010-\u2015]/g;

const reject = (reason: MobileRejection): never => {
  throw new DomainError('INVALID_MOBILE', `Invalid Egyptian mobile number (${reason})`, { reason });
};

/**
 * E.164 form of an Egyptian mobile number: +20 1[0125] followed by 8 digits. Accepts 01xxxxxxxxx,
 * 201xxxxxxxxx, +201xxxxxxxxx and 00201xxxxxxxxx, with separators and Arabic-Indic digits.
 * "+20 0 10…" (the national 0 kept after the country code) is rejected: it is not a dialable number.
 */
export const normalizeEgyptianMobile = (input: string): string => {
  const checked = checkEgyptianMobile(input);
  return checked.ok ? checked.e164 : reject(checked.reason);
};

/** The same rule without throwing: for forms and schemas (the API's zod, the portals' inputs). */
export function checkEgyptianMobile(input: string): { ok: true; e164: string } | { ok: false; reason: MobileRejection } {
  const compact = toAsciiDigits(input).replace(SEPARATORS, '');
  const match = SHAPE.exec(compact);
  if (!match?.[1]) return { ok: false, reason: 'FORMAT' };
  if (!OPERATOR.test(match[1])) return { ok: false, reason: 'UNKNOWN_OPERATOR' };
  return { ok: true, e164: `+20${match[1]}` };
}

/** E.164 or null: what a form needs to decide whether to enable its button. */
export const parseEgyptianMobile = (input: string): string | null => {
  const checked = checkEgyptianMobile(input);
  return checked.ok ? checked.e164 : null;
};

const E164 = /^\+201[0125]\d{8}$/;

/** "+201112345678" → "0111 234 5678", the way Egyptians write their numbers (anything else unchanged). */
export function formatEgyptianMobile(e164: string): string {
  if (!E164.test(e164)) return e164;
  const n = `0${e164.slice(3)}`;
  return `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
}
