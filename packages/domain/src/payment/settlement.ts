import type { WalletEvent } from '../wallet/events';
import type { PaymentEvent } from './events';

/** Events for the payment's stream and its wallet's stream; infrastructure appends both in one transaction. */
export interface PaymentSettlement {
  payment: PaymentEvent[];
  wallet: WalletEvent[];
}

export const nothing: PaymentSettlement = { payment: [], wallet: [] };

/** Reference on the wallet line: the payment (or refund) is the credit's cause, so it can be traced and never repeated. */
export const walletReference = {
  topUp: (paymentId: string) => `payment:${paymentId}`,
  refund: (refundId: string) => `refund:${refundId}`,
  refundReversal: (refundId: string) => `refund-reversal:${refundId}`,
  /** A prescription claim's wallet-paid copay given back when the claim is reversed (one per claim). */
  copayRefund: (cardId: string, pharmacyId: string, prescriptionId: string) => `copay-refund:${cardId}:${pharmacyId}:${prescriptionId}`,
};
