import type { Currency, Piasters } from '../shared/money';
import type { PaymentFlag, PaymentProvider, ProviderNotification, RefundKind } from './types';

/**
 * Payment events (past tense). A payment is one top-up of one wallet through one provider order;
 * `at` is the ISO instant from the command's metadata. Money that reaches or leaves the wallet is a
 * wallet event appended in the same transaction (see payment-wallet/).
 */
export type PaymentEvent =
  | { type: 'PaymentRequested'; data: { paymentId: string; walletId: string; ownerId: string; provider: PaymentProvider; amount: Piasters; currency: Currency; expiresAt: string; at: string } }
  | { type: 'PaymentOrderCreated'; data: { paymentId: string; providerOrderId: string; providerReference: string | null; checkoutUrl: string | null; expiresAt: string; at: string } }
  | { type: 'PaymentOrderFailed'; data: { paymentId: string; reason: string; at: string } }
  | { type: 'PaymentNotificationReceived'; data: { paymentId: string; notification: ProviderNotification; at: string } }
  | { type: 'PaymentSucceeded'; data: { paymentId: string; walletId: string; providerTransactionId: string; amount: Piasters; late: boolean; at: string } }
  | { type: 'PaymentFailed'; data: { paymentId: string; reason: string; providerTransactionId: string | null; at: string } }
  | { type: 'PaymentExpired'; data: { paymentId: string; at: string } }
  | { type: 'PaymentCancelled'; data: { paymentId: string; reason: string; at: string } }
  | { type: 'PaymentFlagged'; data: { paymentId: string; flag: PaymentFlag; detail: string; amount: Piasters | null; providerTransactionId: string | null; at: string } }
  | { type: 'PaymentReviewResolved'; data: { paymentId: string; walletId: string; credited: Piasters; note: string; at: string } }
  | { type: 'PaymentRefundRequested'; data: { paymentId: string; refundId: string; walletId: string; amount: Piasters; kind: RefundKind; reason: string; at: string } }
  | { type: 'PaymentRefundCompleted'; data: { paymentId: string; refundId: string; providerTransactionId: string | null; at: string } }
  | { type: 'PaymentRefundFailed'; data: { paymentId: string; refundId: string; walletId: string; amount: Piasters; reason: string; at: string } };

export type PaymentEventType = PaymentEvent['type'];
export const paymentEventTypes: readonly PaymentEventType[] = [
  'PaymentRequested', 'PaymentOrderCreated', 'PaymentOrderFailed', 'PaymentNotificationReceived', 'PaymentSucceeded',
  'PaymentFailed', 'PaymentExpired', 'PaymentCancelled', 'PaymentFlagged', 'PaymentReviewResolved',
  'PaymentRefundRequested', 'PaymentRefundCompleted', 'PaymentRefundFailed',
];
