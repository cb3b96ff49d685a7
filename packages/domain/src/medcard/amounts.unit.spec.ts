import { describe, expect, it } from 'vitest';
import { allocate, copayOf, sumAmounts } from './amounts';

describe('copayOf: round-half-up(eligible × percent / 100) in integers', () => {
  it.each([
    [10_000, 20, 2_000],
    [5_001, 20, 1_000], // 1,000.2 → down
    [5_005, 30, 1_502], // 1,501.5 → up (half goes to the patient)
    [5_003, 30, 1_501], // 1,500.9 → up
    [1, 50, 1], // 0.5 → 1
    [1, 49, 0],
    [3, 33, 1], // 0.99
    [12_345, 0, 0],
    [12_345, 100, 12_345],
    [Number.MAX_SAFE_INTEGER, 99, 8_917_127_262_193_581], // exact although eligible × 99 exceeds 2^53
  ])('copay of %i at %i%% is %i', (eligible, percent, copay) => {
    expect(copayOf(eligible, percent)).toBe(copay);
  });
});

describe('allocate: the remaining monthly benefit, line by line', () => {
  const lines = [
    { drugCode: 'A', submitted: 1_000, eligible: 1_000, copay: 200, benefit: 800 },
    { drugCode: 'B', submitted: 500, eligible: 500, copay: 100, benefit: 400 },
    { drugCode: 'C', submitted: 300, eligible: 300, copay: 60, benefit: 240 },
  ];

  it('leaves lines untouched when enough remains', () => {
    expect(allocate(lines, 1_440).map((l) => l.limitedByMonthlyLimit)).toEqual([false, false, false]);
  });

  it('caps the line where the money runs out and gives 0 to the next ones, moving the difference to the patient', () => {
    expect(allocate(lines, 1_000)).toEqual([
      { ...lines[0], limitedByMonthlyLimit: false },
      { ...lines[1], benefit: 200, copay: 300, limitedByMonthlyLimit: true, uncappedBenefit: 400 },
      { ...lines[2], benefit: 0, copay: 300, limitedByMonthlyLimit: true, uncappedBenefit: 240 },
    ]);
    expect(sumAmounts(allocate(lines, 1_000))).toEqual({ submitted: 1_800, eligible: 1_800, copay: 800, benefit: 1_000 });
  });

  it('a line with no benefit to begin with (100% copay) is never "limited"', () => {
    const free = [{ drugCode: 'A', submitted: 10, eligible: 10, copay: 10, benefit: 0 }];
    expect(allocate(free, 0)).toEqual([{ ...free[0], limitedByMonthlyLimit: false }]);
  });
});
