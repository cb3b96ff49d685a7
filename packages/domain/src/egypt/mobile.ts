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
  const compact = toAsciiDigits(input).replace(SEPARATORS, '');
  const match = SHAPE.exec(compact);
  if (!match?.[1]) return reject('FORMAT');
  if (!OPERATOR.test(match[1])) return reject('UNKNOWN_OPERATOR');
  return `+20${match[1]}`;
};
