import type { PaymentEvent } from './events';
import type { ExistingPaymentState, PaymentState } from './state';
import type { Refund, RefundStatus } from './types';

const withRefundStatus = (refunds: readonly Refund[], refundId: string, status: RefundStatus, providerTransactionId?: string | null): Refund[] =>
  refunds.map((r) => (r.refundId === refundId ? { ...r, status, providerTransactionId: providerTransactionId ?? r.providerTransactionId } : r));

/** Applies a fact to the state. Never rejects: history is already accepted. Never mutates. */
export const evolvePayment = (state: PaymentState, event: PaymentEvent): PaymentState => {
  if (event.type === 'PaymentRequested') {
    if (state.status !== 'none') return state;
    const d = event.data;
    return {
      status: 'requested', paymentId: d.paymentId, walletId: d.walletId, ownerId: d.ownerId, provider: d.provider,
      currency: d.currency, amount: d.amount, requestedAt: d.at, expiresAt: d.expiresAt, providerOrderId: null, checkoutUrl: null,
      providerReference: null, credited: 0, succeededAt: null, refunds: [], seen: [], flags: [], inReview: null,
    };
  }
  if (state.status === 'none') return state;
  return evolveExisting(state, event);
};

const evolveExisting = (s: ExistingPaymentState, event: Exclude<PaymentEvent, { type: 'PaymentRequested' }>): PaymentState => {
  switch (event.type) {
    case 'PaymentOrderCreated':
      return { ...s, status: 'pending', providerOrderId: event.data.providerOrderId, providerReference: event.data.providerReference, checkoutUrl: event.data.checkoutUrl, expiresAt: event.data.expiresAt };
    case 'PaymentOrderFailed':
      return { ...s, status: 'failed' };
    case 'PaymentNotificationReceived':
      return { ...s, seen: [...s.seen, event.data.notification.key] };
    case 'PaymentSucceeded':
      return {
        ...s, status: 'succeeded', credited: s.credited + event.data.amount, succeededAt: event.data.at,
        providerReference: s.provider === 'paymob' ? event.data.providerTransactionId : s.providerReference,
      };
    case 'PaymentFailed':
      return { ...s, status: 'failed' };
    case 'PaymentExpired':
      return { ...s, status: 'expired' };
    case 'PaymentCancelled':
      return { ...s, status: 'cancelled' };
    case 'PaymentFlagged': {
      const flags = s.flags.includes(event.data.flag) ? s.flags : [...s.flags, event.data.flag];
      const holdsMoney = event.data.flag === 'amount_mismatch' || event.data.flag === 'wallet_not_active';
      if (!holdsMoney) return { ...s, flags };
      return { ...s, flags, status: 'review', inReview: { amount: event.data.amount ?? s.amount, providerTransactionId: event.data.providerTransactionId } };
    }
    case 'PaymentReviewResolved':
      return {
        ...s, status: 'succeeded', credited: s.credited + event.data.credited, succeededAt: s.succeededAt ?? event.data.at, inReview: null,
        providerReference: s.provider === 'paymob' ? (s.inReview?.providerTransactionId ?? s.providerReference) : s.providerReference,
      };
    case 'PaymentRefundRequested': {
      const { refundId, amount, kind } = event.data;
      return { ...s, refunds: [...s.refunds, { refundId, amount, kind, status: 'requested', providerTransactionId: null }] };
    }
    case 'PaymentRefundCompleted':
      return { ...s, refunds: withRefundStatus(s.refunds, event.data.refundId, 'completed', event.data.providerTransactionId) };
    case 'PaymentRefundFailed':
      return { ...s, refunds: withRefundStatus(s.refunds, event.data.refundId, 'failed') };
    default: {
      const _never: never = event;
      return _never;
    }
  }
};
