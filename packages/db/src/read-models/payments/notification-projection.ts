import type { PaymentProvider, ProviderNotification } from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';
import type { DocumentProjection } from '../../projections/types';
import { paymentEvent } from './payment-event';

export interface PaymentNotificationDoc {
  eventId: string;
  /** Null for a notification we could not tie to a payment. */
  paymentId: string | null;
  provider: PaymentProvider;
  notificationKey: string;
  kind: ProviderNotification['kind'];
  outcome: ProviderNotification['outcome'];
  amount: number;
  providerTransactionId: string | null;
  detail: string;
  matched: boolean;
  merchantReference: string | null;
  providerOrderId: string | null;
  unmatchedReason: 'unknown_order' | 'wallet_mismatch' | null;
  receivedAt: string;
}

/** Pure: the line a notification event adds (once: an existing line is kept as it is). */
export function evolveNotificationDoc(doc: PaymentNotificationDoc | null, stored: StoredEvent): PaymentNotificationDoc | null {
  if (doc) return doc;
  const e = paymentEvent(stored);
  if (e.type !== 'PaymentNotificationReceived' && e.type !== 'PaymentNotificationUnmatched') return null;
  const n = e.data.notification;
  const base = {
    eventId: stored.eventId, provider: n.provider, notificationKey: n.key, kind: n.kind, outcome: n.outcome, amount: n.amount,
    providerTransactionId: n.providerTransactionId, detail: n.detail, receivedAt: e.data.at,
  };
  return e.type === 'PaymentNotificationReceived'
    ? { ...base, paymentId: e.data.paymentId, matched: true, merchantReference: null, providerOrderId: null, unmatchedReason: null }
    : { ...base, paymentId: null, matched: false, merchantReference: e.data.merchantReference, providerOrderId: e.data.providerOrderId, unmatchedReason: e.data.reason };
}

const INSERT = `
INSERT INTO payment_notifications (event_id, payment_id, provider, notification_key, kind, outcome, amount,
  provider_transaction_id, detail, matched, merchant_reference, provider_order_id, unmatched_reason, received_at)
SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::text[],
  $9::text[], $10::boolean[], $11::text[], $12::text[], $13::text[], $14::timestamptz[])
ON CONFLICT DO NOTHING`;

/** Provider notifications, matched or not (`payment_notifications`), one line per event. */
export const notificationProjection: DocumentProjection<PaymentNotificationDoc> = {
  name: 'payment_notifications',
  canHandle: ['PaymentNotificationReceived', 'PaymentNotificationUnmatched'],
  keyOf: (e) => e.eventId,
  evolve: evolveNotificationDoc,
  // Lines never change once written, so there is nothing to load: the insert ignores repeats.
  load: async () => new Map(),
  async save(tx, docs) {
    if (docs.length === 0) return;
    const col = <K extends keyof PaymentNotificationDoc>(k: K) => docs.map((d) => d[k]);
    await tx.query(INSERT, [col('eventId'), col('paymentId'), col('provider'), col('notificationKey'), col('kind'),
      col('outcome'), col('amount'), col('providerTransactionId'), col('detail'), col('matched'), col('merchantReference'),
      col('providerOrderId'), col('unmatchedReason'), col('receivedAt')]);
  },
};
