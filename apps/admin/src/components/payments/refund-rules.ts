import type { RouterOutputs } from '@healthpay/api';
import { cairoDayOf, parseAmount } from '@healthpay/ui';

export type Payment = RouterOutputs['payments']['detail']['payment'];
export type Refund = { amount: number; reason: string; kind: 'refund' | 'void' };
/** Message keys (payments.refund.errors.*) with the amount to show, if any. */
export type RefundFieldError = { key: string; amount?: number };
export type RefundProblems = { amount?: RefundFieldError; reason?: RefundFieldError };

/** Paymob voids the whole transaction, and only on the Cairo day it was paid, before any refund. */
export const canVoid = (p: Payment) =>
  p.provider === 'paymob' && p.succeededAt !== null && cairoDayOf(p.succeededAt) === cairoDayOf() && p.refunded === 0 && p.refundPending === 0;

/** The form's values → the refund to confirm, or what is wrong with them. */
export function checkRefund(
  p: Payment,
  form: { full: boolean; amount: string; reason: string; kind: Refund['kind'] },
): { ok: true; refund: Refund } | { ok: false; errors: RefundProblems } {
  const parsed = form.full ? ({ ok: true, piasters: p.refundable } as const) : parseAmount(form.amount);
  const errors: RefundProblems = {};
  if (!parsed.ok) errors.amount = { key: `amount.${parsed.error}` };
  else if (parsed.piasters > p.refundable) errors.amount = { key: 'atMost', amount: p.refundable };
  const why = form.reason.trim();
  if (!why) errors.reason = { key: 'reasonRequired' };
  else if (why.length > 500) errors.reason = { key: 'reasonTooLong' };
  if (!parsed.ok || errors.amount || errors.reason) return { ok: false, errors };
  return { ok: true, refund: { amount: parsed.piasters, reason: why, kind: form.kind } };
}
