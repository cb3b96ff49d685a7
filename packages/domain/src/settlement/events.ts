import type { Piasters } from '../shared/money';

/**
 * A statement's totals. netPayable = grossBenefit + walletCopay − commission + adjustments (adjustments are negative
 * for reversals): what HealthPay owes the pharmacy for the period.
 */
export interface SettlementTotals {
  grossBenefit: Piasters;
  walletCopay: Piasters;
  commission: Piasters;
  adjustments: Piasters;
  netPayable: Piasters;
}

/**
 * Statement facts on `settlement:<settlementId>`. An open statement has no events (its lines are a read model);
 * closing freezes it: SettlementClosed carries the totals, and nothing edits it afterwards.
 */
export type SettlementEvent =
  | { type: 'SettlementClosed'; data: { settlementId: string; pharmacyId: string; periodStart: string; periodEnd: string; lines: number; totals: SettlementTotals; closedBy: string; at: string } }
  | { type: 'SettlementApproved'; data: { settlementId: string; pharmacyId: string; approvedBy: string; at: string } }
  | { type: 'SettlementPaid'; data: { settlementId: string; pharmacyId: string; amount: Piasters; payoutReference: string; paidBy: string; at: string } }
  | { type: 'SettlementDisputed'; data: { settlementId: string; pharmacyId: string; reason: string; by: string; at: string } };

export type SettlementEventType = SettlementEvent['type'];
export const settlementEventTypes = ['SettlementClosed', 'SettlementApproved', 'SettlementPaid', 'SettlementDisputed'] as const satisfies readonly SettlementEventType[];
