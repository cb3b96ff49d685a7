import { describe, it } from 'vitest';
import { givenFor } from '../testing/decider-given';
import { feeScheduleDecider } from './fee-decide';
import type { FeeScheduleEvent, SetFeeSchedule } from './fee-schedule';

const { given } = givenFor(feeScheduleDecider);
const NOW = '2026-12-06T08:00:00.000Z';
const scope = { kind: 'pharmacy' as const, pharmacyId: 'ph-1' };
const set = (over: Partial<SetFeeSchedule['data']> = {}): SetFeeSchedule => ({
  type: 'SetFeeSchedule', data: { scope, percentBps: 150, fixedPerClaim: 100, effectiveFrom: '2026-12-06', reason: ' contract 2027 ', ...over }, meta: { now: NOW, actorId: 'u-fin' },
});
const wasSet: FeeScheduleEvent = {
  type: 'FeeScheduleSet', data: { scope, percentBps: 150, fixedPerClaim: 100, effectiveFrom: '2026-12-06', setBy: 'u-fin', reason: 'contract 2027', at: NOW },
};

describe('a fee schedule', () => {
  it('is set from today or later, by whom and why', () => given([]).when(set()).then([wasSet]));
  it('refuses a date in the past (Cairo) or not a date', () => {
    given([]).when(set({ effectiveFrom: '2026-12-05' })).thenThrows('EFFECTIVE_DATE_IN_PAST', { today: '2026-12-06' });
    given([]).when(set({ effectiveFrom: '2026-02-30' })).thenThrows('INVALID_FEE_SCHEDULE', { field: 'effectiveFrom' });
  });
  it.each([
    [{ percentBps: -1 }, 'percentBps'], [{ percentBps: 10_001 }, 'percentBps'], [{ percentBps: 1.5 }, 'percentBps'],
    [{ fixedPerClaim: -1 }, 'fixedPerClaim'], [{ fixedPerClaim: 1_000_001 }, 'fixedPerClaim'],
  ])('refuses %o', (over, field) => given([]).when(set(over)).thenThrows('INVALID_FEE_SCHEDULE', { field }));
  it('needs a reason', () => given([]).when(set({ reason: ' ' })).thenThrows('REASON_REQUIRED'));
  it('setting the same terms for the same date again changes nothing; other terms replace them', () => {
    given([wasSet]).when(set()).then([]);
    given([wasSet]).when(set({ percentBps: 200 })).then([{ ...wasSet, data: { ...wasSet.data, percentBps: 200 } }]);
  });
});
