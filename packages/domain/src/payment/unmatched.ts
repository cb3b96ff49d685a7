import type { PaymentProvider, ProviderNotification } from './types';

/**
 * A correctly signed notification we could not tie to a payment. It is answered 200 (so the provider
 * stops retrying) and kept on a stream of its own for finance to reconcile.
 */
export type UnmatchedNotificationEvent = {
  type: 'PaymentNotificationUnmatched';
  data: {
    provider: PaymentProvider;
    /** Our payment id as the provider echoed it (Paymob merchant_order_id, Fawry merchantRefNumber), if any. */
    merchantReference: string | null;
    providerOrderId: string | null;
    notification: ProviderNotification;
    reason: 'unknown_order' | 'wallet_mismatch';
    at: string;
  };
};

/** The stream of one unmatched notification: one per provider notification key, so a repeat is not recorded twice. */
export const unmatchedStreamId = (provider: PaymentProvider, key: string): string => `unmatched-${provider}-${key}`;
