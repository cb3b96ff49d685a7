import { describe, expect, it } from 'vitest';
import { emptySpend, recordSpend, spentThisMonth, spentToday } from './spend';

describe('spend accounting (Africa/Cairo calendar)', () => {
  const start = emptySpend('2026-11-22T08:00:00Z');

  it('anchors an empty record to the Cairo day and month', () => {
    expect(start).toEqual({ day: '2026-11-22', dayTotal: 0, month: '2026-11', monthTotal: 0 });
  });

  it('accumulates within the same Cairo day', () => {
    const s = recordSpend(recordSpend(start, '2026-11-22T08:00:00Z', 100), '2026-11-22T21:59:59Z', 50);
    expect(s).toEqual({ day: '2026-11-22', dayTotal: 150, month: '2026-11', monthTotal: 150 });
  });

  it('rolls the day over at Cairo midnight but keeps the month', () => {
    const s = recordSpend(recordSpend(start, '2026-11-22T08:00:00Z', 100), '2026-11-22T22:00:00Z', 50);
    expect(s).toEqual({ day: '2026-11-23', dayTotal: 50, month: '2026-11', monthTotal: 150 });
  });

  it('rolls both over at the Cairo month boundary', () => {
    const s = recordSpend(recordSpend(start, '2026-11-30T21:59:59Z', 100), '2026-11-30T22:00:00Z', 50);
    expect(s).toEqual({ day: '2026-12-01', dayTotal: 50, month: '2026-12', monthTotal: 50 });
  });

  it('reports zero for a day or month that is no longer current', () => {
    const s = recordSpend(start, '2026-11-22T08:00:00Z', 100);
    expect(spentToday(s, '2026-11-22T21:59:59Z')).toBe(100);
    expect(spentToday(s, '2026-11-22T22:00:00Z')).toBe(0);
    expect(spentThisMonth(s, '2026-11-30T21:59:59Z')).toBe(100);
    expect(spentThisMonth(s, '2026-11-30T22:00:00Z')).toBe(0);
  });

  it('does not mutate the previous record', () => {
    const before = Object.freeze({ ...start });
    recordSpend(before, '2026-11-22T08:00:00Z', 100);
    expect(before.dayTotal).toBe(0);
  });
});
