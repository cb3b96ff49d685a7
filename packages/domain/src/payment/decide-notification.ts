import { decideWallet } from '../wallet/decide';
import type { WalletState } from '../wallet/state';
import { isDomainError } from '../shared/errors';
import type { PaymentWalletCommandOf } from './commands';
import type { PaymentEvent } from './events';
import { isOpen, requirePayment } from './guards';
import { nothing, walletReference, type PaymentSettlement } from './settlement';
import type { ExistingPaymentState, PaymentState } from './state';
import type { PaymentFlag, ProviderNotification } from './types';

type Cmd = PaymentWalletCommandOf<'RecordProviderNotification'>;

/**
 * What a provider notification changes. A notification seen before changes nothing (its key is kept), so
 * redelivered and concurrent callbacks credit once. Every new notification is recorded, whatever it does.
 */
export const decideNotification = (command: Cmd, state: PaymentState, wallet: WalletState): PaymentSettlement => {
  const p = requirePayment(state, command.data.paymentId);
  const n = command.data.notification;
  if (p.seen.includes(n.key)) return nothing;
  const at = command.meta.now;
  const recorded: PaymentEvent = { type: 'PaymentNotificationReceived', data: { paymentId: p.paymentId, notification: n, at } };
  const effect = n.kind === 'payment' ? paymentEffect(p, n, wallet, command) : refundEffect(p, n, wallet, command);
  return { payment: [recorded, ...effect.payment], wallet: effect.wallet };
};

const flag = (p: ExistingPaymentState, f: PaymentFlag, detail: string, n: ProviderNotification, at: string): PaymentEvent => ({
  type: 'PaymentFlagged',
  data: { paymentId: p.paymentId, flag: f, detail, amount: n.amount, providerTransactionId: n.providerTransactionId, at },
});

function paymentEffect(p: ExistingPaymentState, n: ProviderNotification, wallet: WalletState, command: Cmd): PaymentSettlement {
  const at = command.meta.now;
  const open = isOpen(p.status);
  switch (n.outcome) {
    case 'success':
      return successEffect(p, n, wallet, command);
    case 'failure':
      return open ? { payment: [{ type: 'PaymentFailed', data: { paymentId: p.paymentId, reason: n.detail, providerTransactionId: n.providerTransactionId, at } }], wallet: [] } : nothing;
    case 'expired':
      return open ? { payment: [{ type: 'PaymentExpired', data: { paymentId: p.paymentId, at } }], wallet: [] } : nothing;
    case 'cancelled':
      return open ? { payment: [{ type: 'PaymentCancelled', data: { paymentId: p.paymentId, reason: n.detail || 'cancelled by the provider', at } }], wallet: [] } : nothing;
    case 'pending':
      return nothing;
    default: {
      const _never: never = n.outcome;
      return _never;
    }
  }
}

/**
 * The patient paid. Credit the wallet once, at the amount we asked for; anything else is recorded and
 * flagged for a person (docs/payments.md lists each rule).
 */
function successEffect(p: ExistingPaymentState, n: ProviderNotification, wallet: WalletState, command: Cmd): PaymentSettlement {
  const at = command.meta.now;
  if (p.status === 'succeeded' || p.status === 'review') {
    // A Fawry code is paid once: a second report of it (status query, then notification) is the same payment.
    if (p.provider === 'fawry' || n.providerTransactionId === p.providerReference) return nothing;
    return { payment: [flag(p, 'duplicate_success', 'a second successful transaction for this order', n, at)], wallet: [] };
  }
  if (n.amount !== p.amount) {
    return { payment: [flag(p, 'amount_mismatch', `paid ${n.amount}, asked ${p.amount}`, n, at)], wallet: [] };
  }
  const credit = creditOrRefusal(p, wallet, command);
  if (!credit) return { payment: [flag(p, 'wallet_not_active', 'the wallet could not be credited', n, at)], wallet: [] };
  // Failed is not final for a card: the patient may try another card on the same checkout.
  const late = p.status === 'expired' || p.status === 'cancelled';
  const succeeded: PaymentEvent = {
    type: 'PaymentSucceeded',
    data: { paymentId: p.paymentId, walletId: p.walletId, providerTransactionId: n.providerTransactionId ?? n.key, amount: p.amount, late, at },
  };
  const lateFlag = late ? [flag(p, 'late_success', `paid after the payment was ${p.status}`, n, at)] : [];
  return { payment: [succeeded, ...lateFlag], wallet: credit };
}

/** The wallet's credit for the payment, or null when the wallet refuses it (not active, closed, missing). */
export function creditOrRefusal(p: ExistingPaymentState, wallet: WalletState, command: { meta: Cmd['meta'] }, amount = p.amount) {
  try {
    return decideWallet({ type: 'CreditWallet', data: { walletId: p.walletId, amount, reference: walletReference.topUp(p.paymentId) }, meta: command.meta }, wallet);
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}

function refundEffect(p: ExistingPaymentState, n: ProviderNotification, wallet: WalletState, command: Cmd): PaymentSettlement {
  const at = command.meta.now;
  if (n.providerTransactionId && p.refunds.some((r) => r.providerTransactionId === n.providerTransactionId)) return nothing;
  // Fawry's refund notifications carry the order's amounts, not the refund's: 0 means "any amount".
  const match = p.refunds.find((r) => r.status === 'requested' && r.kind === n.kind && (n.amount === 0 || r.amount === n.amount));
  if (n.outcome === 'success') {
    if (!match) return { payment: [flag(p, 'unrequested_refund', `the provider reports a ${n.kind} we did not ask for`, n, at)], wallet: [] };
    return { payment: [{ type: 'PaymentRefundCompleted', data: { paymentId: p.paymentId, refundId: match.refundId, providerTransactionId: n.providerTransactionId, at } }], wallet: [] };
  }
  if (n.outcome === 'failure' && match) return refundFailed(p, match.refundId, n.detail || 'refused by the provider', wallet, at);
  return nothing;
}

/** A refund the provider refused: the wallet gets its money back. */
export function refundFailed(p: ExistingPaymentState, refundId: string, reason: string, wallet: WalletState, at: string): PaymentSettlement {
  const refund = p.refunds.find((r) => r.refundId === refundId);
  if (!refund || refund.status !== 'requested') return nothing;
  const balance = wallet.status === 'none' ? 0 : wallet.balance;
  return {
    payment: [{ type: 'PaymentRefundFailed', data: { paymentId: p.paymentId, refundId, walletId: p.walletId, amount: refund.amount, reason, at } }],
    // Money we took for the refund goes back even to a suspended wallet: it was never the patient's fault.
    wallet: [{ type: 'WalletCredited', data: { walletId: p.walletId, amount: refund.amount, reference: walletReference.refundReversal(refundId), balanceAfter: balance + refund.amount, at } }],
  };
}
