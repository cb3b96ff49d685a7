import { z } from 'zod';
import { money, signedMoney } from '../../schemas/money';

/** A Cairo calendar day that exists (2026-02-30 is refused). */
export const ledgerDay = z.iso.date();
export const accountKind = z.enum(['wallet', 'clearing', 'pharmacy-payable', 'insurer-receivable', 'benefit-expense', 'commission-revenue', 'bank',
  'transfers-in-transit', 'staff-adjustments', 'unattributed-captures']);
/** `kind` or `kind:party` (`wallet:w-1`, `pharmacy-payable:ph-1`). */
export const accountName = z.string().trim().min(1).max(300).regex(/^[a-z-]+(:.+)?$/, 'An account looks like kind or kind:party');

export const trialBalanceLine = z.object({ account: z.string(), accounts: z.int(), debit: money, credit: money, balance: signedMoney });
export const trialBalanceView = z.object({
  day: z.string(),
  lines: z.array(trialBalanceLine),
  totalDebit: money,
  totalCredit: money,
  sum: signedMoney,
  balanced: z.boolean(),
});

export const statementEntryView = z.object({
  eventId: z.string(),
  leg: z.int(),
  streamId: z.string(),
  eventType: z.string(),
  debit: money,
  credit: money,
  occurredAt: z.date(),
  day: z.string(),
});
export const accountStatementView = z.object({ account: z.string(), balance: signedMoney, entries: z.array(statementEntryView), nextCursor: z.string().nullable() });
