import { cairoDay } from '../shared/cairo-time';
import { DomainError } from '../shared/errors';
import { isPositiveMoney } from '../shared/money';
import { availableBalance } from '../wallet/available';
import { requireActive, requireOpen } from '../wallet/guards';
import type { WalletState } from '../wallet/state';
import type { PaymentWalletCommandOf } from './commands';
import { requirePayment } from './guards';
import { refundable } from './refunds';
import { creditOrRefusal, refundFailed } from './decide-notification';
import { walletReference, type PaymentSettlement } from './settlement';
import type { PaymentState } from './state';

/**
 * A refund takes the money out of the wallet first (so it cannot be spent twice), then the provider
 * pays it back to the card or outlet. Never more than was credited, in total across partial refunds.
 */
export const decideRefund = (command: PaymentWalletCommandOf<'RequestRefund'>, state: PaymentState, wallet: WalletState): PaymentSettlement => {
  const p = requirePayment(state, command.data.paymentId);
  const { refundId, amount, kind, reason } = command.data;
  const at = command.meta.now;
  if (p.status !== 'succeeded') {
    throw new DomainError('PAYMENT_NOT_REFUNDABLE', `A ${p.status} payment cannot be refunded`, { status: p.status });
  }
  if (p.refunds.some((r) => r.refundId === refundId)) throw new DomainError('REFUND_ALREADY_EXISTS', `Refund ${refundId} exists`, { refundId });
  if (!isPositiveMoney(amount)) throw new DomainError('INVALID_AMOUNT', 'Amount must be a positive whole number of piasters', { amount });
  if (!reason.trim()) throw new DomainError('REASON_REQUIRED', 'A refund needs a reason');
  const left = refundable(p);
  if (amount > left) throw new DomainError('REFUND_EXCEEDS_PAYMENT', `At most ${left} piasters can be refunded`, { refundable: left, amount });
  if (kind === 'void') {
    const sameDay = p.succeededAt !== null && cairoDay(p.succeededAt) === cairoDay(at);
    if (p.provider !== 'paymob' || !sameDay || p.refunds.length > 0 || amount !== p.credited) {
      throw new DomainError('VOID_NOT_ALLOWED', 'Only an untouched card payment can be voided, in full, on the day it was paid', { provider: p.provider });
    }
  }
  const w = requireActive(wallet, p.walletId);
  const available = availableBalance(w, at);
  if (available < amount) {
    throw new DomainError('INSUFFICIENT_FUNDS', 'The wallet no longer holds the money to refund', { available, amount });
  }
  return {
    payment: [{ type: 'PaymentRefundRequested', data: { paymentId: p.paymentId, refundId, walletId: p.walletId, amount, kind, reason: reason.trim(), at } }],
    wallet: [{ type: 'WalletDebited', data: { walletId: p.walletId, amount, reference: walletReference.refund(refundId), balanceAfter: w.balance - amount, at } }],
  };
};

/** The provider refused the refund: the wallet gets the money back. */
export const decideRefundFailure = (command: PaymentWalletCommandOf<'FailRefund'>, state: PaymentState, wallet: WalletState): PaymentSettlement => {
  const p = requirePayment(state, command.data.paymentId);
  const refund = p.refunds.find((r) => r.refundId === command.data.refundId);
  if (!refund) throw new DomainError('REFUND_NOT_FOUND', `Refund ${command.data.refundId} not found`, { refundId: command.data.refundId });
  requireOpen(wallet, p.walletId);
  return refundFailed(p, refund.refundId, command.data.reason, wallet, command.meta.now);
};

/** Staff accept money that arrived in review: the wallet is credited what the provider actually took. */
export const decideReviewResolution = (command: PaymentWalletCommandOf<'ResolvePaymentReview'>, state: PaymentState, wallet: WalletState): PaymentSettlement => {
  const p = requirePayment(state, command.data.paymentId);
  if (p.status !== 'review' || !p.inReview) throw new DomainError('PAYMENT_NOT_IN_REVIEW', 'This payment is not waiting for review', { status: p.status });
  if (!command.data.note.trim()) throw new DomainError('REASON_REQUIRED', 'Say why the money is accepted');
  const credit = creditOrRefusal(p, wallet, command, p.inReview.amount);
  if (!credit) requireActive(wallet, p.walletId);
  return {
    payment: [{ type: 'PaymentReviewResolved', data: { paymentId: p.paymentId, walletId: p.walletId, credited: p.inReview.amount, note: command.data.note.trim(), at: command.meta.now } }],
    wallet: credit ?? [],
  };
};
