import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../testing/given';
import { nationalIdFor } from '../testing/national-ids';
import { egyptianGovernorates } from './governorates';
import { parseNationalId } from './national-id';

const NOW = '2026-11-22T08:00:00.000Z';
const reasonOf = (id: string, now = NOW): unknown => {
  const error = domainErrorOf(() => parseNationalId(id, now));
  expect(error.code).toBe('INVALID_NATIONAL_ID');
  return error.details['reason'];
};

describe('parseNationalId', () => {
  it('decodes century, birth date, governorate and gender, and warns that the check digit is unverified', () => {
    expect(parseNationalId('28503140101235', NOW)).toEqual({
      nationalId: '28503140101235',
      birthDate: '1985-03-14',
      gender: 'male',
      governorate: { code: '01', name: 'Cairo' },
      warnings: ['CHECK_DIGIT_UNVERIFIED'],
    });
  });

  it.each([
    ['28807022101248', '1988-07-02', 'female', '21', 'Giza'],
    ['30001018800021', '2000-01-01', 'female', '88', 'Born abroad'],
    ['32402292111110', '2024-02-29', 'male', '21', 'Giza'], // leap day; serial 1111 ends odd
    ['30002290200047', '2000-02-29', 'female', '02', 'Alexandria'], // 2000 is a leap year
    ['29912313500019', '1999-12-31', 'male', '35', 'South Sinai'],
  ])('%s → born %s, %s, governorate %s (%s)', (id, birthDate, gender, code, name) => {
    expect(parseNationalId(id, NOW)).toMatchObject({ birthDate, gender, governorate: { code, name } });
  });

  it.each(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])('reads gender from the serial’s last digit %s', (digit) => {
    const id = nationalIdFor('1990-06-15', '12', `012${digit}`);
    expect(parseNationalId(id, NOW).gender).toBe(Number(digit) % 2 === 1 ? 'male' : 'female');
  });

  it.each(Object.entries(egyptianGovernorates))('accepts governorate %s (%s)', (code, name) => {
    expect(parseNationalId(nationalIdFor('1990-06-15', code), NOW).governorate).toEqual({ code, name });
  });

  it.each(['00', '05', '09', '10', '20', '30', '36', '50', '87', '89', '99'])('rejects unknown governorate %s', (code) => {
    expect(reasonOf(nationalIdFor('1990-06-15', code))).toBe('GOVERNORATE');
  });

  it.each(['0', '1', '4', '5', '9'])('rejects century digit %s (only 2 → 1900s and 3 → 2000s)', (c) => {
    expect(reasonOf(`${c}8503140101235`)).toBe('CENTURY');
  });

  it.each([
    ['month 00', '28500140101235'],
    ['month 13', '28513140101235'],
    ['day 00', '28503000101235'],
    ['day 32', '28503320101235'],
    ['31 April', '28504310101235'],
    ['30 February', '28502300101235'],
    ['29 February 1985 (not a leap year)', '28502290101235'],
    ['29 February 1900 (not a leap year)', '20002290100013'],
  ])('rejects an impossible birth date: %s', (_case, id) => {
    expect(reasonOf(id)).toBe('BIRTH_DATE');
  });

  it.each(['', '2850314010123', '285031401012356', '2850314010123a', '28503140-101235', '2850314010123 5', '+28503140101235'])(
    'rejects a malformed ID %j',
    (id) => expect(reasonOf(id)).toBe('FORMAT'),
  );

  it('rejects a birth date after the Cairo day of now, and accepts someone born today in Cairo', () => {
    const bornNov22 = nationalIdFor('2026-11-22', '01', '0001');
    // 23:59:59 on 21 Nov in Cairo: not born yet.
    expect(reasonOf(bornNov22, '2026-11-21T21:59:59.000Z')).toBe('FUTURE_BIRTH_DATE');
    // 00:00 on 22 Nov in Cairo (still 21 Nov in UTC).
    expect(parseNationalId(bornNov22, '2026-11-21T22:00:00.000Z').birthDate).toBe('2026-11-22');
    expect(reasonOf(nationalIdFor('2027-01-01'))).toBe('FUTURE_BIRTH_DATE');
  });

  it('never rejects on the check digit', () => {
    for (const v of '0123456789') expect(parseNationalId(`2850314010123${v}`, NOW).warnings).toEqual(['CHECK_DIGIT_UNVERIFIED']);
  });

  it('accepts Arabic-Indic digits and surrounding spaces, returning ASCII digits', () => {
    expect(parseNationalId('٢٨٥٠٣١٤٠١٠١٢٣٥', NOW).nationalId).toBe('28503140101235');
    expect(parseNationalId('۲۸۵۰۳۱۴۰۱۰۱۲۳۵', NOW).birthDate).toBe('1985-03-14');
    expect(parseNationalId('  28503140101235\n', NOW).nationalId).toBe('28503140101235');
  });

  it('keeps the number out of the error (personal data): only the reason', () => {
    const error = domainErrorOf(() => parseNationalId('28503140501235', NOW));
    expect(error.details).toEqual({ reason: 'GOVERNORATE' });
    expect(error.message).not.toContain('2850314');
  });
});
