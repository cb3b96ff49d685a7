import { isCalendarDate } from '../egypt/calendar-date';
import type { Decider } from '../shared/command';
import { cairoDay } from '../shared/cairo-time';
import { DomainError } from '../shared/errors';
import {
  MAX_FIXED_PER_CLAIM, MAX_PERCENT_BPS, initialFeeScheduleState, type FeeScheduleEvent, type FeeScheduleState, type SetFeeSchedule,
} from './fee-schedule';

const MAX_REASON = 500;

const invalid = (field: string, message: string) => new DomainError('INVALID_FEE_SCHEDULE', message, { field });

/**
 * Finance sets a scope's commission from a date that is not in the past (Cairo): a claim already approved keeps the
 * commission of the schedule it was approved under. Setting exactly what is already set for that date decides nothing.
 */
export function decideFeeSchedule(command: SetFeeSchedule, state: FeeScheduleState): FeeScheduleEvent[] {
  const { scope, percentBps, fixedPerClaim, effectiveFrom } = command.data;
  if (!Number.isInteger(percentBps) || percentBps < 0 || percentBps > MAX_PERCENT_BPS) throw invalid('percentBps', 'A percentage is 0–100 % in basis points');
  if (!Number.isSafeInteger(fixedPerClaim) || fixedPerClaim < 0 || fixedPerClaim > MAX_FIXED_PER_CLAIM) {
    throw invalid('fixedPerClaim', 'A fixed fee is 0–10,000 EGP in piasters');
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(effectiveFrom);
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw invalid('effectiveFrom', 'A date is YYYY-MM-DD');
  const today = cairoDay(command.meta.now);
  if (effectiveFrom < today) throw new DomainError('EFFECTIVE_DATE_IN_PAST', 'A schedule takes effect today or later', { today });
  if (scope.kind === 'pharmacy' && !scope.pharmacyId.trim()) throw invalid('scope', 'Which pharmacy?');
  const reason = command.data.reason.trim();
  if (!reason || reason.length > MAX_REASON) throw new DomainError('REASON_REQUIRED', `Give a reason (at most ${MAX_REASON} characters)`);
  const current = [...state.entries].reverse().find((e) => e.effectiveFrom === effectiveFrom);
  if (current && current.percentBps === percentBps && current.fixedPerClaim === fixedPerClaim) return [];
  return [{ type: 'FeeScheduleSet', data: { scope, percentBps, fixedPerClaim, effectiveFrom, setBy: command.meta.actorId, reason, at: command.meta.now } }];
}

export const evolveFeeSchedule = (state: FeeScheduleState, event: FeeScheduleEvent): FeeScheduleState =>
  ({ entries: [...state.entries, event.data] });

export const feeScheduleDecider: Decider<SetFeeSchedule, FeeScheduleEvent, FeeScheduleState> = {
  decide: decideFeeSchedule,
  evolve: evolveFeeSchedule,
  initialState: initialFeeScheduleState,
};
