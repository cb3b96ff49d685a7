import { describe, expect, it } from 'vitest';
import { headerProblems, rowOf, TEMPLATE_ROWS } from './member-csv';

describe('the member import file', () => {
  it('needs externalId, nationalId, phone and nameEn, and knows every other column', () => {
    expect(headerProblems(Object.keys(TEMPLATE_ROWS[0] ?? {}))).toEqual({ missing: [], unknown: [] });
    expect(headerProblems(['externalId', 'phone', 'salary'])).toEqual({ missing: ['nationalId', 'nameEn'], unknown: ['salary'] });
  });

  it('turns a row into members.bulk’s shape: pounds to piasters, family columns to a list, blanks left out', () => {
    expect(rowOf({ externalId: ' E1 ', nationalId: '29001010101235', phone: '010', nameEn: 'A B', nameAr: '', cardTier: 'gold', monthlyLimit: '1,500.50', copaymentPercent: '10', family2Relationship: 'child', family2NationalId: '318', family2Name: 'C' })).toEqual({
      externalId: 'E1', nationalId: '29001010101235', phone: '010', nameEn: 'A B',
      card: { tier: 'gold', monthlyLimit: 150050, copaymentPercent: 10 },
      family: [{ relationship: 'child', nationalId: '318', name: 'C' }],
    });
    // Not an amount: sent as typed, so the server reports that row.
    expect(rowOf({ externalId: 'E2', cardTier: 'gold', monthlyLimit: 'lots' })).toMatchObject({ card: { monthlyLimit: 'lots' } });
    expect(rowOf({ externalId: 'E3', monthlyLimit: '5' })).not.toHaveProperty('card');
  });
});
