import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';
import { runSettlementCommand } from './run-settlement-command';
import { settlementId, statementView } from './settlement.schemas';

const text = z.string().trim().min(1).max(200);

/**
 * Freezes a statement whose period is over: its lines as projected now become its totals (SettlementClosed), and a
 * later correction lands on the next statement. `reason` is recorded in the audit trail.
 */
export const closeStatement = roleProcedure(...staffMay.settlePharmacies)
  .input(z.strictObject({ settlementId, reason: text.optional() }))
  .output(statementView)
  .mutation(({ ctx, input }) => runSettlementCommand(ctx, 'settlements.close', input, (s) => ({
    type: 'CloseSettlement',
    data: { settlementId: s.id, pharmacyId: s.pharmacyId, periodStart: s.periodStart, periodEnd: s.periodEnd, lines: s.lines, totals: s.totals },
  })));

export const approveStatement = roleProcedure(...staffMay.settlePharmacies)
  .input(z.strictObject({ settlementId, reason: text.optional() }))
  .output(statementView)
  .mutation(({ ctx, input }) => runSettlementCommand(ctx, 'settlements.approve', input, (s) => ({ type: 'ApproveSettlement', data: { settlementId: s.id } })));

/** The payout left HealthPay's bank: its reference (a transfer number) is kept on the statement. */
export const markStatementPaid = roleProcedure(...staffMay.settlePharmacies)
  .input(z.strictObject({ settlementId, payoutReference: text }))
  .output(statementView)
  .mutation(({ ctx, input }) => runSettlementCommand(ctx, 'settlements.markPaid', input, (s) => ({
    type: 'MarkSettlementPaid', data: { settlementId: s.id, payoutReference: input.payoutReference },
  })));

export const disputeStatement = roleProcedure(...staffMay.settlePharmacies)
  .input(z.strictObject({ settlementId, reason: text }))
  .output(statementView)
  .mutation(({ ctx, input }) => runSettlementCommand(ctx, 'settlements.dispute', input, (s) => ({
    type: 'DisputeSettlement', data: { settlementId: s.id, reason: input.reason },
  })));
