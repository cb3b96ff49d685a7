import { describe, expect, it } from 'vitest';
import { governorateCodes, governorateNames, isGovernorate } from './governorate-names';
import { egyptianGovernorates } from './governorates';

describe('governorates', () => {
  it('lists the 27 governorates with the national ID codes and English names', () => {
    expect(governorateCodes).toHaveLength(27);
    for (const code of governorateCodes) expect(governorateNames[code].en).toBe(egyptianGovernorates[code]);
  });

  it('has an Arabic name for each, all different', () => {
    expect(new Set(governorateCodes.map((c) => governorateNames[c].ar)).size).toBe(27);
  });

  it('is not a place for a pharmacy when abroad or unknown', () => {
    expect(isGovernorate('88')).toBe(false);
    expect(isGovernorate('30')).toBe(false);
    expect(isGovernorate('toString')).toBe(false);
    expect(isGovernorate('21')).toBe(true);
  });
});
