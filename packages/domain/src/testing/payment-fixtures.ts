import type { PaymentEvent } from '../payment/events';
import type { PaymentWalletCommand } from '../payment/commands';
import type { ProviderNotification } from '../payment/types';
import type { WalletEvent } from '../wallet/events';
import { ACTOR_ID, OWNER_ID, T0, WALLET_ID, activated, opened, credited } from './wallet-events';

/** Test fixtures: one card payment of 100 EGP into the fixture wallet, asked for at T0. */
export const PAYMENT_ID = 'payment-1';
export const AMOUNT = 10_000;
export const EXPIRES = '2026-11-22T09:00:00.000Z';
export const LATER = '2026-11-22T10:00:00.000Z';
export const meta = (now = T0) => ({ now, actorId: ACTOR_ID });

export const requested = (provider: 'paymob' | 'fawry' = 'paymob'): PaymentEvent => ({
  type: 'PaymentRequested',
  data: { paymentId: PAYMENT_ID, walletId: WALLET_ID, ownerId: OWNER_ID, provider, amount: AMOUNT, currency: 'EGP', expiresAt: EXPIRES, at: T0 },
});
export const ordered = (reference: string | null = null): PaymentEvent => ({
  type: 'PaymentOrderCreated',
  data: { paymentId: PAYMENT_ID, providerOrderId: 'order-1', providerReference: reference, checkoutUrl: reference ? null : 'https://checkout/1', expiresAt: EXPIRES, at: T0 },
});

export const notification = (over: Partial<ProviderNotification> = {}): ProviderNotification => ({
  provider: 'paymob', key: 'txn-1', kind: 'payment', outcome: 'success', amount: AMOUNT, providerTransactionId: '1', detail: 'Approved', ...over,
});
export const notify = (n: ProviderNotification, now = T0): PaymentWalletCommand => ({
  type: 'RecordProviderNotification', data: { paymentId: PAYMENT_ID, notification: n }, meta: meta(now),
});
export const refund = (refundId: string, amount: number, kind: 'refund' | 'void' = 'refund', now = T0): PaymentWalletCommand => ({
  type: 'RequestRefund', data: { paymentId: PAYMENT_ID, refundId, amount, kind, reason: 'patient asked' }, meta: meta(now),
});

/** An active wallet holding `balance`. */
export const activeWallet = (balance = 0): WalletEvent[] => [opened(), activated(), ...(balance > 0 ? [credited(balance, balance)] : [])];
