import { MAX_FIXED_PER_CLAIM, MAX_PERCENT_BPS } from '@healthpay/domain';
import { z } from 'zod';
import { money, signedMoney } from '../../schemas/money';
import { pharmacyId } from '../pharmacies/pharmacy.schemas';

export const settlementId = z.string().trim().min(1).max(200).regex(/^stl-[wm]-\d{4}-\d{2}-\d{2}-.+$/, 'A statement id looks like stl-w-2026-12-05-<pharmacy>');
export const statementStatus = z.enum(['open', 'closed', 'approved', 'paid', 'disputed']);
export const cairoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const totalsView = z.object({
  grossBenefit: money,
  walletCopay: money,
  commission: money,
  adjustments: signedMoney,
  netPayable: signedMoney,
});

export const statementView = z.object({
  id: z.string(),
  pharmacyId: z.string(),
  pharmacyNameEn: z.string().nullable(),
  pharmacyNameAr: z.string().nullable(),
  periodKind: z.enum(['week', 'month']),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: statementStatus,
  lines: z.int(),
  totals: totalsView,
  closedAt: z.date().nullable(),
  approvedAt: z.date().nullable(),
  paidAt: z.date().nullable(),
  payoutReference: z.string().nullable(),
  disputeReason: z.string().nullable(),
  version: z.int(),
});
export type StatementView = z.infer<typeof statementView>;

export const lineView = z.object({
  id: z.string(),
  kind: z.enum(['claim', 'reversal']),
  cardId: z.string(),
  prescriptionId: z.string(),
  occurredAt: z.date(),
  benefit: money,
  walletCopay: money,
  commission: money,
  adjustment: signedMoney,
  net: signedMoney,
});

export const statementWithLines = z.object({ statement: statementView, lines: z.array(lineView) });
export const statementPage = z.object({ items: z.array(statementView), nextCursor: z.int().nullable() });

/** Not strict: tRPC infinite queries add `direction` (stripped). */
export const statementFilter = z.object({
  pharmacyId: pharmacyId.optional(),
  status: statementStatus.optional(),
  /** Statements whose period contains this Cairo date. */
  onDate: cairoDate.optional(),
  cursor: z.int().min(0).max(1_000_000).optional(),
  limit: z.int().min(1).max(100).default(20),
});

export const feeScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('default') }),
  z.strictObject({ kind: z.literal('pharmacy'), pharmacyId }),
]);

export const setFeeScheduleInput = z.strictObject({
  scope: feeScope,
  percentBps: z.int().min(0).max(MAX_PERCENT_BPS),
  fixedPerClaim: z.int().min(0).max(MAX_FIXED_PER_CLAIM),
  effectiveFrom: cairoDate,
  reason: z.string().trim().min(1).max(500),
});

export const feeScheduleView = z.object({
  scopeKey: z.string(),
  percentBps: z.int(),
  fixedPerClaim: money,
  effectiveFrom: z.string(),
  setBy: z.string(),
  reason: z.string(),
  setAt: z.date(),
});
