import { describe, expect, it } from 'vitest';
import { nextPeriod, periodOf, settlementIdOf } from './period';

describe('settlement periods', () => {
  it('a week runs Saturday to Friday', () => {
    // 2026-12-05 is a Saturday, 2026-12-11 a Friday.
    for (const day of ['2026-12-05', '2026-12-08', '2026-12-11']) expect(periodOf(day, 'week')).toEqual({ kind: 'week', start: '2026-12-05', end: '2026-12-11' });
    expect(periodOf('2026-12-04', 'week')).toEqual({ kind: 'week', start: '2026-11-28', end: '2026-12-04' });
    expect(periodOf('2027-01-01', 'week')).toEqual({ kind: 'week', start: '2026-12-26', end: '2027-01-01' });
  });
  it('a month is the calendar month', () => {
    expect(periodOf('2028-02-10', 'month')).toEqual({ kind: 'month', start: '2028-02-01', end: '2028-02-29' });
    expect(periodOf('2026-12-31', 'month')).toEqual({ kind: 'month', start: '2026-12-01', end: '2026-12-31' });
  });
  it('the next period follows without a gap', () => {
    expect(nextPeriod(periodOf('2026-12-31', 'month'))).toEqual({ kind: 'month', start: '2027-01-01', end: '2027-01-31' });
    expect(nextPeriod(periodOf('2026-12-08', 'week')).start).toBe('2026-12-12');
  });
  it('ids are derived from pharmacy and period', () => {
    expect(settlementIdOf('ph-1', periodOf('2026-12-08', 'week'))).toBe('stl-w-2026-12-05-ph-1');
    expect(settlementIdOf('ph-1', periodOf('2026-12-08', 'month'))).toBe('stl-m-2026-12-01-ph-1');
  });
});
