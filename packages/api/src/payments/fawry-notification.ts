import type { ProviderNotification } from '@healthpay/domain';
import { fawryPiasters, fawryReceivedAmount, type FawryNotificationV2 } from '@healthpay/payments';

type Mapped = Pick<ProviderNotification, 'kind' | 'outcome'>;

/** Fawry's order statuses (server notification V2) and what each means for the payment. */
const byStatus: Record<string, Mapped> = {
  NEW: { kind: 'payment', outcome: 'pending' },
  UNPAID: { kind: 'payment', outcome: 'pending' },
  PAID: { kind: 'payment', outcome: 'success' },
  FAILED: { kind: 'payment', outcome: 'failure' },
  EXPIRED: { kind: 'payment', outcome: 'expired' },
  CANCELED: { kind: 'payment', outcome: 'cancelled' },
  REFUNDED: { kind: 'refund', outcome: 'success' },
  PARTIAL_REFUNDED: { kind: 'refund', outcome: 'success' },
};

/** A status Fawry may add later is recorded as pending: it changes nothing until someone maps it. */
const UNKNOWN: Mapped = { kind: 'payment', outcome: 'pending' };

/**
 * A Fawry V2 notification as a notification. Its key is the reference, status and amounts as signed, so a
 * redelivery is the same notification. Refund notifications carry the order's amounts, not the refund's, so
 * their amount is 0 ("any amount": matched to the oldest refund we asked for).
 */
export function fawryNotification(n: FawryNotificationV2): ProviderNotification {
  const mapped = byStatus[n.orderStatus] ?? UNKNOWN;
  // orderAmount is what we asked for; paymentAmount may include the customer's Fawry fees.
  const ordered = fawryPiasters(n.orderAmount);
  return {
    provider: 'fawry',
    key: `${n.fawryRefNumber}-${n.orderStatus}-${fawryReceivedAmount(n.paymentAmount)}-${n.paymentRefrenceNumber ?? ''}`.slice(0, 200),
    kind: mapped.kind,
    outcome: mapped.outcome,
    amount: mapped.kind === 'refund' ? 0 : ordered,
    providerTransactionId: n.paymentRefrenceNumber ?? null,
    detail: (n.failureReason ?? n.orderStatus).slice(0, 200),
  };
}
