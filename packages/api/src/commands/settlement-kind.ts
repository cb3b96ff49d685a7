import {
  evolveFeeSchedule, evolveSettlement, initialFeeScheduleState, initialSettlementState, type FeeScheduleEvent, type FeeScheduleState,
  type SettlementEvent, type SettlementState,
} from '@healthpay/domain';
import type { AggregateKind } from './aggregate-kind';

/** `settlement:<settlementId>`: a pharmacy's statement for one period, from closing on. */
export const settlementKind: AggregateKind<SettlementState, SettlementEvent> = {
  type: 'settlement',
  initialState: initialSettlementState,
  evolve: evolveSettlement,
};

/** `fee-schedule:<pharmacyId>` or `fee-schedule:default`. */
export const feeScheduleKind: AggregateKind<FeeScheduleState, FeeScheduleEvent> = {
  type: 'fee-schedule',
  initialState: initialFeeScheduleState,
  evolve: evolveFeeSchedule,
};
