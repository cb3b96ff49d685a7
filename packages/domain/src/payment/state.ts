import type { Currency, Piasters } from '../shared/money';
import type { PaymentFlag, PaymentProvider, PaymentStatus, Refund } from './types';

export interface ExistingPayment {
  paymentId: string;
  walletId: string;
  ownerId: string;
  provider: PaymentProvider;
  currency: Currency;
  /** What the patient asked to top up. */
  amount: Piasters;
  requestedAt: string;
  expiresAt: string;
  providerOrderId: string | null;
  /** Where the patient pays a card payment (Paymob's unified checkout); null for Fawry. */
  checkoutUrl: string | null;
  /** Fawry's reference code, or Paymob's successful transaction id. */
  providerReference: string | null;
  /** Piasters that reached the wallet (0 until it succeeds). */
  credited: Piasters;
  succeededAt: string | null;
  refunds: readonly Refund[];
  /** Keys of provider notifications already applied: a repeat changes nothing. */
  seen: readonly string[];
  flags: readonly PaymentFlag[];
  /** Money the provider took that is waiting for a staff decision (status `review`). */
  inReview: { amount: Piasters; providerTransactionId: string | null } | null;
}

export type PaymentState = { status: 'none' } | ({ status: PaymentStatus } & ExistingPayment);
export type ExistingPaymentState = Exclude<PaymentState, { status: 'none' }>;

export const initialPaymentState: PaymentState = { status: 'none' };
