import { CURRENCY, isPositiveMoney } from '../shared/money';
import { DomainError } from '../shared/errors';
import { isAtOrBefore, isIsoInstant } from '../shared/instant';
import type { PaymentCommand, PaymentCommandOf } from './commands';
import type { PaymentEvent } from './events';
import { isOpen, requireNotBefore, requirePayment } from './guards';
import type { PaymentState } from './state';

/** Payment commands that move no money. Throws a DomainError to refuse. Pure. */
export const decidePayment = (command: PaymentCommand, state: PaymentState): PaymentEvent[] => {
  switch (command.type) {
    case 'RequestPayment':
      return requestPayment(command, state);
    case 'RecordPaymentOrder':
      return recordOrder(command, state);
    case 'FailPaymentOrder': {
      const p = requirePayment(state, command.data.paymentId);
      return p.status === 'requested' ? [{ type: 'PaymentOrderFailed', data: { paymentId: p.paymentId, reason: command.data.reason, at: command.meta.now } }] : [];
    }
    case 'ExpirePayment': {
      const p = requirePayment(state, command.data.paymentId);
      if (!isOpen(p.status)) return [];
      requireNotBefore(command.meta.now, p.expiresAt, 'Expiry');
      return [{ type: 'PaymentExpired', data: { paymentId: p.paymentId, at: command.meta.now } }];
    }
    case 'CancelPayment': {
      const p = requirePayment(state, command.data.paymentId);
      if (p.status === 'cancelled') return [];
      if (!isOpen(p.status)) {
        throw new DomainError('INVALID_STATE_TRANSITION', `A ${p.status} payment cannot be cancelled`, { from: p.status, command: command.type });
      }
      return [{ type: 'PaymentCancelled', data: { paymentId: p.paymentId, reason: command.data.reason, at: command.meta.now } }];
    }
    case 'CompleteRefund':
      return completeRefund(command, state);
    default: {
      const _never: never = command;
      throw new Error(`Unknown payment command ${JSON.stringify(_never)}`);
    }
  }
};

const requestPayment = (command: PaymentCommandOf<'RequestPayment'>, state: PaymentState): PaymentEvent[] => {
  const d = command.data;
  if (state.status !== 'none') throw new DomainError('PAYMENT_ALREADY_EXISTS', `Payment ${d.paymentId} already exists`, { paymentId: d.paymentId });
  if (!isPositiveMoney(d.amount)) throw new DomainError('INVALID_AMOUNT', 'Amount must be a positive whole number of piasters', { amount: d.amount });
  if (!isIsoInstant(d.expiresAt) || isAtOrBefore(d.expiresAt, command.meta.now)) {
    throw new DomainError('INVALID_EXPIRY', 'A payment must expire in the future', { expiresAt: d.expiresAt });
  }
  return [{
    type: 'PaymentRequested',
    data: { paymentId: d.paymentId, walletId: d.walletId, ownerId: d.ownerId, provider: d.provider, amount: d.amount, currency: CURRENCY, expiresAt: d.expiresAt, at: command.meta.now },
  }];
};

/** The provider accepted the order. Only a fresh request takes it; later repeats change nothing. */
const recordOrder = (command: PaymentCommandOf<'RecordPaymentOrder'>, state: PaymentState): PaymentEvent[] => {
  const p = requirePayment(state, command.data.paymentId);
  if (p.status !== 'requested') return [];
  const { providerOrderId, providerReference, checkoutUrl, expiresAt } = command.data;
  return [{ type: 'PaymentOrderCreated', data: { paymentId: p.paymentId, providerOrderId, providerReference, checkoutUrl, expiresAt, at: command.meta.now } }];
};

const completeRefund = (command: PaymentCommandOf<'CompleteRefund'>, state: PaymentState): PaymentEvent[] => {
  const p = requirePayment(state, command.data.paymentId);
  const refund = p.refunds.find((r) => r.refundId === command.data.refundId);
  if (!refund) throw new DomainError('REFUND_NOT_FOUND', `Refund ${command.data.refundId} not found`, { refundId: command.data.refundId });
  if (refund.status === 'completed') return [];
  if (refund.status === 'failed') {
    throw new DomainError('INVALID_STATE_TRANSITION', 'A failed refund cannot complete', { from: 'failed', command: command.type });
  }
  return [{ type: 'PaymentRefundCompleted', data: { paymentId: p.paymentId, refundId: refund.refundId, providerTransactionId: command.data.providerTransactionId, at: command.meta.now } }];
};
