import { describe, expect, it } from 'vitest';
import { firstOfLast, monthsBetween } from './months';

describe('monthsBetween', () => {
  it('lists every month from the first to the last, across a year end', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
  it('is empty when the first month is after the last', () => {
    expect(monthsBetween('2026-05', '2026-04')).toEqual([]);
  });
});

describe('firstOfLast', () => {
  it('goes back n - 1 months, across a year start', () => {
    expect(firstOfLast('2026-11', 6)).toBe('2026-06');
    expect(firstOfLast('2026-02', 6)).toBe('2025-09');
    expect(firstOfLast('2026-02', 1)).toBe('2026-02');
  });
});
