// Fee schedules and pharmacy settlement statements (issue 14).
export * from './period';
export * from './fee-schedule';
export * from './commission';
export * from './events';
export * from './commands';
export * from './state';
export { decideFeeSchedule, evolveFeeSchedule, feeScheduleDecider } from './fee-decide';
export { decideSettlement, settlementDecider } from './decide';
export { evolveSettlement } from './evolve';
