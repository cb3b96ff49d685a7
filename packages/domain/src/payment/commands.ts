import type { CommandMeta } from '../shared/command';
import type { Piasters } from '../shared/money';
import type { PaymentProvider, ProviderNotification, RefundKind } from './types';

/** Payment commands (imperative). Those that move money are decided with the wallet (payment-wallet/). */
export type PaymentCommand =
  | { type: 'RequestPayment'; data: { paymentId: string; walletId: string; ownerId: string; provider: PaymentProvider; amount: Piasters; expiresAt: string }; meta: CommandMeta }
  | { type: 'RecordPaymentOrder'; data: { paymentId: string; providerOrderId: string; providerReference: string | null; checkoutUrl: string | null; expiresAt: string }; meta: CommandMeta }
  | { type: 'FailPaymentOrder'; data: { paymentId: string; reason: string }; meta: CommandMeta }
  | { type: 'ExpirePayment'; data: { paymentId: string }; meta: CommandMeta }
  | { type: 'CancelPayment'; data: { paymentId: string; reason: string }; meta: CommandMeta }
  | { type: 'CompleteRefund'; data: { paymentId: string; refundId: string; providerTransactionId: string | null }; meta: CommandMeta };

/** Commands that credit or debit the payment's wallet in the same decision. */
export type PaymentWalletCommand =
  | { type: 'RecordProviderNotification'; data: { paymentId: string; notification: ProviderNotification }; meta: CommandMeta }
  | { type: 'RequestRefund'; data: { paymentId: string; refundId: string; amount: Piasters; kind: RefundKind; reason: string }; meta: CommandMeta }
  | { type: 'FailRefund'; data: { paymentId: string; refundId: string; reason: string }; meta: CommandMeta }
  | { type: 'ResolvePaymentReview'; data: { paymentId: string; note: string }; meta: CommandMeta };

export type PaymentCommandType = PaymentCommand['type'];
export type PaymentCommandOf<T extends PaymentCommandType> = Extract<PaymentCommand, { type: T }>;
export type PaymentWalletCommandOf<T extends PaymentWalletCommand['type']> = Extract<PaymentWalletCommand, { type: T }>;
