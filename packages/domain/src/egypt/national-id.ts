import { cairoDay } from '../shared/cairo-time';
import { DomainError } from '../shared/errors';
import { calendarDate } from './calendar-date';
import { toAsciiDigits } from './digits';
import { egyptianGovernorates, isGovernorateCode, type GovernorateCode } from './governorates';

export type Gender = 'male' | 'female';
/** The check digit's algorithm is not public, so a wrong one is never a rejection, only a warning. */
export type NationalIdWarning = 'CHECK_DIGIT_UNVERIFIED';
export type NationalIdRejection = 'FORMAT' | 'CENTURY' | 'BIRTH_DATE' | 'FUTURE_BIRTH_DATE' | 'GOVERNORATE';

export interface ParsedNationalId {
  /** The 14 ASCII digits (Arabic-Indic input normalised). */
  nationalId: string;
  birthDate: string; // YYYY-MM-DD
  gender: Gender;
  governorate: { code: GovernorateCode; name: string };
  warnings: NationalIdWarning[];
}

const CENTURIES: Readonly<Record<string, number>> = { '2': 1900, '3': 2000 };

// The ID is personal data: errors carry the failing part's name, never the number itself.
const reject = (reason: NationalIdRejection): never => {
  throw new DomainError('INVALID_NATIONAL_ID', `Invalid Egyptian national ID (${reason})`, { reason });
};

/**
 * Decodes `CYYMMDDGGSSSSV`: century (2 → 1900s, 3 → 2000s), birth date (a real date, not after the Cairo
 * day of `now`), birth governorate, serial whose last digit is odd for men and even for women, check digit.
 */
export const parseNationalId = (input: string, now: string): ParsedNationalId => {
  const id = toAsciiDigits(input.trim());
  if (!/^\d{14}$/.test(id)) return reject('FORMAT');
  const century = CENTURIES[id.charAt(0)];
  if (century === undefined) return reject('CENTURY');
  const birthDate = calendarDate(century + Number(id.slice(1, 3)), Number(id.slice(3, 5)), Number(id.slice(5, 7)));
  if (birthDate === undefined) return reject('BIRTH_DATE');
  // String order is date order for YYYY-MM-DD; born "today" in Cairo is allowed.
  if (birthDate > cairoDay(now)) return reject('FUTURE_BIRTH_DATE');
  const code = id.slice(7, 9);
  if (!isGovernorateCode(code)) return reject('GOVERNORATE');
  return {
    nationalId: id,
    birthDate,
    gender: Number(id.charAt(12)) % 2 === 1 ? 'male' : 'female',
    governorate: { code, name: egyptianGovernorates[code] },
    warnings: ['CHECK_DIGIT_UNVERIFIED'],
  };
};
