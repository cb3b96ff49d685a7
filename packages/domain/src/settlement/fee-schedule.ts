import type { CommandMeta } from '../shared/command';
import type { Piasters } from '../shared/money';

/** Whose commission a schedule sets: one pharmacy's, or the default for pharmacies without their own. */
export type FeeScheduleScope = { kind: 'default' } | { kind: 'pharmacy'; pharmacyId: string };

/** What HealthPay keeps per approved claim: a share of the benefit (basis points) plus a fixed amount. */
export interface FeeTerms {
  percentBps: number;
  fixedPerClaim: Piasters;
}

export type FeeScheduleEvent = {
  type: 'FeeScheduleSet';
  data: FeeTerms & { scope: FeeScheduleScope; effectiveFrom: string; setBy: string; reason: string; at: string };
};

export type SetFeeSchedule = {
  type: 'SetFeeSchedule';
  data: FeeTerms & { scope: FeeScheduleScope; effectiveFrom: string; reason: string };
  meta: CommandMeta;
};

/** One schedule entry as set: its terms apply from `effectiveFrom` (a Cairo date) until a later entry's date. */
export type FeeScheduleEntry = FeeScheduleEvent['data'];

/** Every entry of one scope's stream, in the order they were set. */
export interface FeeScheduleState {
  entries: FeeScheduleEntry[];
}
export const initialFeeScheduleState: FeeScheduleState = { entries: [] };

/** `fee-schedule:default` or `fee-schedule:<pharmacyId>`. */
export const feeScheduleStreamId = (scope: FeeScheduleScope): string =>
  scope.kind === 'default' ? 'fee-schedule:default' : `fee-schedule:${scope.pharmacyId}`;

/** Up to 100 %: a commission never exceeds the benefit anyway (see commissionFor). */
export const MAX_PERCENT_BPS = 10_000;
/** 10,000 EGP per claim: a typo guard, far above any real fee. */
export const MAX_FIXED_PER_CLAIM: Piasters = 1_000_000;
