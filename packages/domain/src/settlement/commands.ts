import type { CommandMeta } from '../shared/command';
import type { SettlementTotals } from './events';

/** Statement commands (imperative). Closing is given the lines' totals as the read model has them. */
export type SettlementCommand =
  | { type: 'CloseSettlement'; data: { settlementId: string; pharmacyId: string; periodStart: string; periodEnd: string; lines: number; totals: SettlementTotals }; meta: CommandMeta }
  | { type: 'ApproveSettlement'; data: { settlementId: string }; meta: CommandMeta }
  | { type: 'MarkSettlementPaid'; data: { settlementId: string; payoutReference: string }; meta: CommandMeta }
  | { type: 'DisputeSettlement'; data: { settlementId: string; reason: string }; meta: CommandMeta };
