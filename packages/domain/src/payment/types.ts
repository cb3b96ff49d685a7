import type { Piasters } from '../shared/money';

export type PaymentProvider = 'paymob' | 'fawry';
export const paymentProviders: readonly PaymentProvider[] = ['paymob', 'fawry'];

/** `review`: money arrived that we could not credit as asked (wrong amount, wallet not active); staff decide. */
export type PaymentStatus = 'requested' | 'pending' | 'succeeded' | 'failed' | 'expired' | 'cancelled' | 'review';

/** A refund gives money back through the provider; a void cancels a same-day card payment outright. */
export type RefundKind = 'refund' | 'void';
export type RefundStatus = 'requested' | 'completed' | 'failed';

/** Why a payment needs a person to look at it. */
export type PaymentFlag =
  | 'late_success'        // paid after we had expired or cancelled it: credited, but reviewed
  | 'amount_mismatch'     // provider reports a different amount than we asked: not credited
  | 'wallet_not_active'   // the wallet could not take the money: not credited
  | 'duplicate_success'   // a second successful transaction for one order: not credited
  | 'unrequested_refund'; // the provider refunded money we did not ask to refund

/**
 * What a provider told us, reduced to what the decision needs. `key` identifies the notification
 * (Paymob: its transaction id; Fawry: reference + status + amounts), so a repeat is recognised.
 */
export interface ProviderNotification {
  provider: PaymentProvider;
  key: string;
  kind: 'payment' | 'refund' | 'void';
  outcome: 'success' | 'failure' | 'pending' | 'expired' | 'cancelled';
  /** Piasters the notification reports (the payment, or the refund's amount). */
  amount: Piasters;
  providerTransactionId: string | null;
  /** Provider's words for the outcome (e.g. a decline reason); shown to staff. */
  detail: string;
}

export interface Refund {
  refundId: string;
  amount: Piasters;
  kind: RefundKind;
  status: RefundStatus;
  providerTransactionId: string | null;
}
