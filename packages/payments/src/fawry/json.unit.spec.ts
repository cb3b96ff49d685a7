import { describe, expect, it } from 'vitest';
import { FawryDecimal, fawryJson } from './json';

describe('fawryJson', () => {
  it('writes FawryDecimal values as number tokens with both decimals', () => {
    const text = fawryJson({ amount: new FawryDecimal('840.50'), items: [{ price: new FawryDecimal('0.05') }], n: 1 });
    expect(text).toBe('{"amount":840.50,"items":[{"price":0.05}],"n":1}');
    expect(JSON.parse(text)).toEqual({ amount: 840.5, items: [{ price: 0.05 }], n: 1 });
  });

  it('leaves strings that look like amounts, or like a marker, as strings', () => {
    const value = { description: '840.50', note: 'fawry-decimal-00000000-0000-0000-0000-000000000000:840.50' };
    expect(JSON.parse(fawryJson(value))).toEqual(value);
  });

  it('refuses a FawryDecimal that is not in two-decimal form', () => {
    expect(() => new FawryDecimal('840.5')).toThrow(RangeError);
    expect(() => new FawryDecimal('1e3')).toThrow(RangeError);
  });
});
