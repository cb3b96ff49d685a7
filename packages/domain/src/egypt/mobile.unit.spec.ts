import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../testing/given';
import { checkEgyptianMobile, formatEgyptianMobile, normalizeEgyptianMobile, parseEgyptianMobile } from './mobile';

describe('normalizeEgyptianMobile', () => {
  it.each([
    '01012345678',
    '201012345678',
    '+201012345678',
    '00201012345678',
    '010 1234 5678',
    '010-1234-5678',
    '+20 10 1234 5678',
    '+20-10-1234-5678',
    '(010) 1234.5678',
    ' 01012345678 ',
    '010\u00a01234\u00a05678',
    '٠١٠١٢٣٤٥٦٧٨',
    '+٢٠١٠١٢٣٤٥٦٧٨',
  ])('normalises %j to +201012345678', (input) => {
    expect(normalizeEgyptianMobile(input)).toBe('+201012345678');
  });

  it.each([
    ['010', '+201099998888'],
    ['011', '+201199998888'],
    ['012', '+201299998888'],
    ['015', '+201599998888'],
  ])('accepts operator prefix %s', (prefix, expected) => {
    expect(normalizeEgyptianMobile(`${prefix}99998888`)).toBe(expected);
  });

  it.each(['013', '014', '016', '017', '018', '019'])('rejects unallocated prefix %s as UNKNOWN_OPERATOR', (prefix) => {
    const error = domainErrorOf(() => normalizeEgyptianMobile(`${prefix}99998888`));
    expect(error).toMatchObject({ code: 'INVALID_MOBILE', details: { reason: 'UNKNOWN_OPERATOR' } });
  });

  it.each([
    '',
    '   ',
    '1012345678', // no national or international prefix
    '0101234567', // one digit short
    '010123456789', // one digit long
    '+2001012345678', // national 0 kept after the country code
    '0201012345678',
    '0223456789', // Cairo landline
    '+441012345678',
    '+20101234567a',
    'mobile',
    '+20+1012345678',
  ])('rejects %j as FORMAT', (input) => {
    const error = domainErrorOf(() => normalizeEgyptianMobile(input));
    expect(error).toMatchObject({ code: 'INVALID_MOBILE', details: { reason: 'FORMAT' } });
  });
});

describe('checkEgyptianMobile and parseEgyptianMobile (the same rule for forms and schemas)', () => {
  it('answers like normalizeEgyptianMobile, without throwing', () => {
    expect(checkEgyptianMobile('٠١١١ ٢٣٤ ٥٦٧٨')).toEqual({ ok: true, e164: '+201112345678' });
    expect(checkEgyptianMobile('0020 100 123 4567')).toEqual({ ok: true, e164: '+201001234567' });
    expect(checkEgyptianMobile('01312345678')).toEqual({ ok: false, reason: 'UNKNOWN_OPERATOR' });
    expect(parseEgyptianMobile('phone')).toBeNull();
  });
  it('writes the national form in groups, and leaves anything else alone', () => {
    expect(formatEgyptianMobile('+201112345678')).toBe('0111 234 5678');
    expect(formatEgyptianMobile('12345')).toBe('12345');
  });
});
