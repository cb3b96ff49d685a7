import { describe, expect, it } from 'vitest';
import { commissionFor, scheduleInEffect } from './commission';
import type { FeeScheduleEntry } from './fee-schedule';

const entry = (effectiveFrom: string, percentBps: number, fixedPerClaim: number, at = '2026-12-01T08:00:00.000Z'): FeeScheduleEntry => ({
  scope: { kind: 'default' }, percentBps, fixedPerClaim, effectiveFrom, setBy: 'u-fin', reason: 'r', at,
});

describe('commissionFor', () => {
  it('is the percentage rounded half up plus the fixed fee', () => {
    expect(commissionFor(10_000, { percentBps: 250, fixedPerClaim: 0 })).toBe(250);
    expect(commissionFor(1_234, { percentBps: 250, fixedPerClaim: 0 })).toBe(31); // 30.85 → 31
    expect(commissionFor(1_220, { percentBps: 250, fixedPerClaim: 0 })).toBe(31); // 30.5 → 31 (half up)
    expect(commissionFor(1_219, { percentBps: 250, fixedPerClaim: 0 })).toBe(30); // 30.475 → 30
    expect(commissionFor(10_000, { percentBps: 100, fixedPerClaim: 150 })).toBe(250);
  });
  it('never takes more than the benefit, and nothing without a schedule or a benefit', () => {
    expect(commissionFor(100, { percentBps: 0, fixedPerClaim: 500 })).toBe(100);
    expect(commissionFor(0, { percentBps: 500, fixedPerClaim: 500 })).toBe(0);
    expect(commissionFor(10_000, null)).toBe(0);
  });
});

describe('scheduleInEffect', () => {
  const fallback = [entry('2026-12-01', 200, 0), entry('2026-12-10', 300, 0)];
  it('takes the latest entry on or before the date, the pharmacy own before the default', () => {
    expect(scheduleInEffect([], fallback, '2026-12-09', '2026-12-31T00:00:00Z')?.percentBps).toBe(200);
    expect(scheduleInEffect([], fallback, '2026-12-10', '2026-12-31T00:00:00Z')?.percentBps).toBe(300);
    expect(scheduleInEffect([entry('2026-12-05', 50, 10)], fallback, '2026-12-20', '2026-12-31T00:00:00Z')?.percentBps).toBe(50);
    expect(scheduleInEffect([entry('2026-12-05', 50, 10)], fallback, '2026-12-03', '2026-12-31T00:00:00Z')?.percentBps).toBe(200);
    expect(scheduleInEffect([], fallback, '2026-11-30', '2026-12-31T00:00:00Z')).toBeNull();
  });
  it('ignores entries set after the instant asked about, and lets a later setting of the same date win', () => {
    const late = entry('2026-12-01', 900, 0, '2026-12-02T08:00:00.000Z');
    expect(scheduleInEffect([], [...fallback, late], '2026-12-02', '2026-12-02T07:00:00.000Z')?.percentBps).toBe(200);
    expect(scheduleInEffect([], [...fallback, late], '2026-12-02', '2026-12-02T09:00:00.000Z')?.percentBps).toBe(900);
  });
});
