import type { PaymentEvent } from '@healthpay/domain';
import { account } from './accounts';
import { move, type LedgerContext, type LedgerEvent, type Posting } from './posting';

/**
 * Top-ups and refunds post from the payment stream (it knows the provider); the wallet lines they cause
 * (`payment:`, `refund:`, `refund-reversal:`) post nothing, so each movement posts once. Pure.
 */
export function paymentPostings(e: LedgerEvent, ctx: LedgerContext): Posting[] {
  const p = { type: e.type, data: e.data } as PaymentEvent;
  const clearing = account.clearing(ctx.provider ?? 'unknown');
  switch (p.type) {
    case 'PaymentSucceeded':
      return move(p.data.amount, clearing, account.wallet(p.data.walletId));
    case 'PaymentReviewResolved':
      return move(p.data.credited, clearing, account.wallet(p.data.walletId));
    // The wallet is debited when the refund is asked for; the provider owes the card holder from then on.
    case 'PaymentRefundRequested':
      return move(p.data.amount, account.wallet(p.data.walletId), clearing);
    case 'PaymentRefundFailed':
      return move(p.data.amount, clearing, account.wallet(p.data.walletId));
    default:
      return [];
  }
}

export function paymentContext(e: LedgerEvent, ctx: LedgerContext): LedgerContext {
  const p = { type: e.type, data: e.data } as PaymentEvent;
  return p.type === 'PaymentRequested' ? { ...ctx, provider: p.data.provider, walletId: p.data.walletId } : ctx;
}
