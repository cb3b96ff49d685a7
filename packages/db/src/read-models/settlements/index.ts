import { feeScheduleProjection } from './fee-schedule-projection';
import { settlementLineProjection } from './line-projection';
import { statementProjection } from './statement-projection';

export * from './queries';
export { evolveFeeScheduleDoc, feeScheduleProjection, type FeeScheduleDoc } from './fee-schedule-projection';
export { evolveStatementDoc, ZERO_TOTALS, type StatementDoc, type StatementStatus } from './statement-doc';
export { statementProjection } from './statement-projection';
export { evolveClaimSettlementDoc, placement, claimDocKey, type ClaimSettlementDoc, type SettlementLine, type LineContext } from './line-doc';
export { settlementLineProjection } from './line-projection';
export { saveSettlementDocsByCopy } from './line-copy';

/** Order matters: statements (their closes) are saved before the lines of the same batch are placed. */
export const settlementReadModels = [feeScheduleProjection, statementProjection, settlementLineProjection()] as const;
export const settlementReadModelTables = ['settlement_lines', 'settlement_statements', 'fee_schedules'] as const;
