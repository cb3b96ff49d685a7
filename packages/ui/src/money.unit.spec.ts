import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, parseAmount, parseMoney, piastersToDecimal } from './money';

describe('piastersToDecimal', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [1250, '12.50'],
    [-1250, '-12.50'],
    [100, '1.00'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('%i → %s', (p, s) => expect(piastersToDecimal(p)).toBe(s));

  it('refuses fractions of a piaster', () => {
    expect(() => piastersToDecimal(12.5)).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('formats EGP in English with two decimals', () => {
    const s = formatMoney(15050, 'en');
    expect(s).toContain('150.50');
    expect(s).toMatch(/EGP|E£/);
  });

  it('formats EGP in Arabic with Arabic-Indic digits', () => {
    expect(formatMoney(15050, 'ar')).toContain('١٥٠٫٥٠');
  });

  it('matches Intl for the same value', () => {
    const intl = new Intl.NumberFormat('en-EG', { style: 'currency', currency: 'EGP' });
    expect(formatMoney(123456789, 'en')).toBe(intl.format(1234567.89));
  });

  it('keeps large amounts exact', () => {
    expect(formatMoney(900719925474099, 'en')).toContain('9,007,199,254,740.99');
  });

  it('signs both directions when asked', () => {
    expect(formatMoney(1250, 'en', { signed: true })).toMatch(/^\+/);
    expect(formatMoney(-1250, 'en', { signed: true })).toMatch(/^-/);
    expect(formatMoney(1250, 'en')).not.toMatch(/^\+/);
  });
});

describe('parseMoney', () => {
  it.each([
    ['150.50', 15050],
    ['150.5', 15050],
    ['150', 15000],
    ['150.', 15000],
    ['.5', 50],
    ['0.01', 1],
    ['0', 0],
    ['007.10', 710],
    [' 12.50 ', 1250],
    ['1,250.75', 125075],
    ['١٥٠٫٥٠', 15050],
    ['۱۲.۵', 1250],
    ['19.99', 1999],
    ['0.29', 29],
    ['1.15', 115],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('"%s" → %i piasters', (input, piasters) => {
    expect(parseMoney(input)).toEqual({ ok: true, piasters });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'invalid'],
    ['.', 'invalid'],
    ['-5', 'invalid'],
    ['1e3', 'invalid'],
    ['12.50.1', 'invalid'],
    ['12,50', 'invalid'],
    ['1,2345', 'invalid'],
    ['150.505', 'too_many_decimals'],
    ['0.001', 'too_many_decimals'],
    ['90071992547409.92', 'too_large'],
    ['99999999999999999999', 'too_large'],
  ])('"%s" is refused as %s', (input, error) => {
    expect(parseMoney(input)).toEqual({ ok: false, error });
  });
});

describe('parseAmount', () => {
  it('refuses zero', () => {
    expect(parseAmount('0.00')).toEqual({ ok: false, error: 'not_positive' });
  });
  it('passes positive amounts through', () => {
    expect(parseAmount('25')).toEqual({ ok: true, piasters: 2500 });
  });
});

describe('formatNumber', () => {
  it('uses Arabic-Indic digits in Arabic', () => {
    expect(formatNumber(20, 'ar')).toBe('٢٠');
    expect(formatNumber(1250, 'en')).toBe('1,250');
  });
});
