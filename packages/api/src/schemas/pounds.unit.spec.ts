import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { piastersToPounds, pounds, poundsToPiasters } from './pounds';

describe('pounds → piasters, without float arithmetic', () => {
  it.each([
    [350, 35_000], [350.0, 35_000], ['350.00', 35_000], [19.99, 1_999], [0.07, 7], [1.1, 110], ['0.10', 10], ['12.5', 1_250], ['0', 0],
    [1e3, 100_000], [0.29, 29], [4.35, 435], [1.15, 115], ['90071992547409.91', 9_007_199_254_740_991],
  ] as const)('%j → %i', (input, expected) => {
    expect(poundsToPiasters(input)).toBe(expected);
  });

  it.each([1.005, 0.1 + 0.2, -1, '-1', '1e3', '12,50', '', '.5', '5.', '+5', 1e21, Number.NaN, 123456789012345.67, '90071992547409.92', ' 350', '350 ', '00350.00', '0350', '\u0663\u0665\u0660'])('refuses %j', (input) => {
    expect(poundsToPiasters(input)).toBeNull();
  });

  it('prints piasters with exactly 2 decimals', () => {
    expect([35_000, 7, 0, 1_999, 9_007_199_254_740_991].map(piastersToPounds)).toEqual(['350.00', '0.07', '0.00', '19.99', '90071992547409.91']);
  });

  it('the zod schema refuses zero and names the field', () => {
    const r = z.object({ amount: pounds }).safeParse({ amount: 0 });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([['amount']]);
  });
});
