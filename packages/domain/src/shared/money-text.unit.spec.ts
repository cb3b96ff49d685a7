import { describe, expect, it } from 'vitest';
import { parseTypedMoney, piastersToDecimal, poundsToPiasters } from './money-text';

describe('piastersToDecimal', () => {
  it.each([[0, '0.00'], [5, '0.05'], [12345, '123.45'], [-12345, '-123.45'], [Number.MAX_SAFE_INTEGER, '90071992547409.91']])('%d → %s', (p, text) => {
    expect(piastersToDecimal(p)).toBe(text);
  });
  it('refuses what is not whole piasters', () => {
    expect(() => piastersToDecimal(1.5)).toThrow(RangeError);
  });
});

describe('poundsToPiasters (what machines send: one way to write an amount)', () => {
  it.each([[350, 35_000], ['350.00', 35_000], ['0.50', 50], [350.5, 35_050], ['1', 100]] as const)('%s → %d', (v, p) => {
    expect(poundsToPiasters(v)).toBe(p);
  });
  it.each([' 350', '00350.00', '350.001', '-1', '1e3', '', '٣٥٠', 'NaN', Infinity, 0.1 + 0.2])('refuses %s', (v) => {
    expect(poundsToPiasters(v)).toBeNull();
  });
});

describe('parseTypedMoney (what people type)', () => {
  it.each([['150.50', 15_050], ['١٥٠٫٥', 15_050], ['1,250', 125_000], ['١٬٢٥٠', 125_000], [' 7 ', 700], ['0', 0]] as const)('%s → %d', (typed, p) => {
    expect(parseTypedMoney(typed)).toEqual({ ok: true, piasters: p });
  });
  it.each([['', 'empty'], ['1.234', 'too_many_decimals'], ['1,25', 'invalid'], ['abc', 'invalid'], ['99999999999999999', 'too_large']] as const)('%s → %s', (typed, error) => {
    expect(parseTypedMoney(typed)).toEqual({ ok: false, error });
  });
});
