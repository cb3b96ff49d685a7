import { paymentEventTypes, type PaymentFlag, type PaymentProvider, type PaymentStatus } from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';
import type { DocumentProjection } from '../../projections/types';
import { paymentEvent } from './payment-event';

export interface PaymentDoc {
  paymentId: string;
  walletId: string;
  ownerId: string;
  provider: PaymentProvider;
  status: PaymentStatus;
  amount: number;
  credited: number;
  /** Completed refunds. */
  refunded: number;
  /** Requested refunds not yet completed or failed. */
  refundPending: number;
  providerOrderId: string | null;
  providerReference: string | null;
  /** Where the patient pays a card payment (Paymob's unified checkout); null for Fawry. */
  checkoutUrl: string | null;
  flags: PaymentFlag[];
  failureReason: string | null;
  /** Money the provider took that waits for a staff decision (status `review`), and its transaction id. */
  reviewAmount: number | null;
  reviewTransactionId: string | null;
  expiresAt: string;
  requestedAt: string;
  succeededAt: string | null;
  updatedAt: string;
  version: number;
  /**
   * Amount of each refund of this payment by refund id (not a column: loaded from `payment_refunds`), because
   * `PaymentRefundCompleted` does not repeat the amount.
   */
  refundAmounts: Record<string, number>;
}

const holdsMoney = (flag: PaymentFlag) => flag === 'amount_mismatch' || flag === 'wallet_not_active';

/**
 * Pure: the payment row after one more event, as the domain's `evolvePayment` would have it. An event at or
 * below the row's version was seen already and changes nothing.
 */
export function evolvePaymentDoc(doc: PaymentDoc | null, stored: StoredEvent): PaymentDoc | null {
  const e = paymentEvent(stored);
  if (e.type === 'PaymentNotificationUnmatched') return doc;
  if (e.type === 'PaymentRequested') {
    if (doc) return doc;
    const d = e.data;
    return {
      paymentId: d.paymentId, walletId: d.walletId, ownerId: d.ownerId, provider: d.provider, status: 'requested',
      amount: d.amount, credited: 0, refunded: 0, refundPending: 0, providerOrderId: null, providerReference: null, checkoutUrl: null,
      flags: [], failureReason: null, reviewAmount: null, reviewTransactionId: null, expiresAt: d.expiresAt,
      requestedAt: d.at, succeededAt: null, updatedAt: d.at, version: stored.version, refundAmounts: {},
    };
  }
  if (!doc || stored.version <= doc.version) return doc;
  const s = { ...doc, version: stored.version, updatedAt: e.data.at };
  switch (e.type) {
    case 'PaymentOrderCreated':
      return { ...s, status: 'pending', providerOrderId: e.data.providerOrderId, providerReference: e.data.providerReference,
        checkoutUrl: e.data.checkoutUrl ?? null, expiresAt: e.data.expiresAt };
    case 'PaymentOrderFailed':
    case 'PaymentFailed':
      return { ...s, status: 'failed', failureReason: e.data.reason };
    case 'PaymentNotificationReceived':
      return s;
    case 'PaymentSucceeded':
      return {
        ...s, status: 'succeeded', credited: s.credited + e.data.amount, succeededAt: e.data.at,
        providerReference: s.provider === 'paymob' ? e.data.providerTransactionId : s.providerReference,
      };
    case 'PaymentExpired':
      return { ...s, status: 'expired' };
    case 'PaymentCancelled':
      return { ...s, status: 'cancelled', failureReason: e.data.reason };
    case 'PaymentFlagged': {
      const flags = s.flags.includes(e.data.flag) ? s.flags : [...s.flags, e.data.flag];
      if (!holdsMoney(e.data.flag)) return { ...s, flags };
      return { ...s, flags, status: 'review', reviewAmount: e.data.amount ?? s.amount, reviewTransactionId: e.data.providerTransactionId };
    }
    case 'PaymentReviewResolved':
      return {
        ...s, status: 'succeeded', credited: s.credited + e.data.credited, succeededAt: s.succeededAt ?? e.data.at,
        providerReference: s.provider === 'paymob' ? (s.reviewTransactionId ?? s.providerReference) : s.providerReference,
        reviewAmount: null, reviewTransactionId: null,
      };
    case 'PaymentRefundRequested':
      return {
        ...s, refundPending: s.refundPending + e.data.amount, refundAmounts: { ...s.refundAmounts, [e.data.refundId]: e.data.amount },
      };
    case 'PaymentRefundCompleted': {
      const amount = s.refundAmounts[e.data.refundId] ?? 0;
      return { ...s, refundPending: s.refundPending - amount, refunded: s.refunded + amount };
    }
    case 'PaymentRefundFailed': {
      const amount = s.refundAmounts[e.data.refundId] ?? e.data.amount;
      return { ...s, refundPending: s.refundPending - amount };
    }
    default: {
      const _never: never = e;
      return _never;
    }
  }
}

const SELECT = `SELECT p.payment_id, p.wallet_id, p.owner_id, p.provider, p.status, p.amount, p.credited, p.refunded,
  p.refund_pending, p.provider_order_id, p.provider_reference, p.checkout_url, p.flags, p.failure_reason, p.review_amount,
  p.review_transaction_id, p.expires_at, p.requested_at, p.succeeded_at, p.updated_at, p.version,
  COALESCE((SELECT json_object_agg(r.refund_id, r.amount) FROM payment_refunds r WHERE r.payment_id = p.payment_id), '{}') AS refund_amounts
  FROM payments p WHERE p.payment_id = ANY($1::uuid[])`;

const UPSERT = `
INSERT INTO payments (payment_id, wallet_id, owner_id, provider, status, amount, credited, refunded, refund_pending,
  provider_order_id, provider_reference, checkout_url, flags, failure_reason, review_amount, review_transaction_id, expires_at,
  requested_at, succeeded_at, updated_at, version)
SELECT p.id, p.wallet, p.owner, p.provider, p.status, p.amount, p.credited, p.refunded, p.pending, p.order_id, p.reference, p.checkout,
  ARRAY(SELECT jsonb_array_elements_text(p.flags)), p.failure, p.review_amount, p.review_tx, p.expires, p.requested,
  p.succeeded, p.updated, p.version
FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[], $8::bigint[],
  $9::bigint[], $10::text[], $11::text[], $12::text[], $13::jsonb[], $14::text[], $15::bigint[], $16::text[],
  $17::timestamptz[], $18::timestamptz[], $19::timestamptz[], $20::timestamptz[], $21::int[])
  AS p(id, wallet, owner, provider, status, amount, credited, refunded, pending, order_id, reference, checkout, flags, failure,
    review_amount, review_tx, expires, requested, succeeded, updated, version)
ON CONFLICT (payment_id) DO UPDATE SET status = excluded.status, credited = excluded.credited,
  refunded = excluded.refunded, refund_pending = excluded.refund_pending, provider_order_id = excluded.provider_order_id,
  provider_reference = excluded.provider_reference, checkout_url = excluded.checkout_url,
  flags = excluded.flags, failure_reason = excluded.failure_reason,
  review_amount = excluded.review_amount, review_transaction_id = excluded.review_transaction_id,
  expires_at = excluded.expires_at, succeeded_at = excluded.succeeded_at, updated_at = excluded.updated_at,
  version = excluded.version
WHERE payments.version < excluded.version`;

interface Row {
  payment_id: string; wallet_id: string; owner_id: string; provider: PaymentProvider; status: PaymentStatus; amount: number;
  credited: number; refunded: number; refund_pending: number; provider_order_id: string | null;
  provider_reference: string | null; checkout_url: string | null; flags: PaymentFlag[] | null; failure_reason: string | null; review_amount: number | null;
  review_transaction_id: string | null; expires_at: Date; requested_at: Date; succeeded_at: Date | null; updated_at: Date;
  version: number; refund_amounts: Record<string, number>;
}

/** One row per payment (`payments`), keyed by the payment's stream id. */
export const paymentProjection: DocumentProjection<PaymentDoc> = {
  name: 'payments',
  canHandle: paymentEventTypes,
  keyOf: (e) => e.streamId,
  evolve: evolvePaymentDoc,
  async load(tx, keys) {
    const res = await tx.query<Row>(SELECT, [keys]);
    return new Map(res.rows.map((r) => [r.payment_id, {
      paymentId: r.payment_id, walletId: r.wallet_id, ownerId: r.owner_id, provider: r.provider, status: r.status,
      amount: r.amount, credited: r.credited, refunded: r.refunded, refundPending: r.refund_pending,
      providerOrderId: r.provider_order_id, providerReference: r.provider_reference, checkoutUrl: r.checkout_url, flags: r.flags ?? [],
      failureReason: r.failure_reason, reviewAmount: r.review_amount, reviewTransactionId: r.review_transaction_id,
      expiresAt: r.expires_at.toISOString(), requestedAt: r.requested_at.toISOString(),
      succeededAt: r.succeeded_at?.toISOString() ?? null, updatedAt: r.updated_at.toISOString(), version: r.version,
      refundAmounts: Object.fromEntries(Object.entries(r.refund_amounts).map(([k, v]) => [k, Number(v)])),
    }]));
  },
  async save(tx, docs) {
    if (docs.length === 0) return;
    const col = <K extends keyof PaymentDoc>(k: K) => docs.map((d) => d[k]);
    await tx.query(UPSERT, [
      col('paymentId'), col('walletId'), col('ownerId'), col('provider'), col('status'), col('amount'), col('credited'),
      col('refunded'), col('refundPending'), col('providerOrderId'), col('providerReference'), col('checkoutUrl'),
      docs.map((d) => JSON.stringify(d.flags)), col('failureReason'), col('reviewAmount'), col('reviewTransactionId'),
      col('expiresAt'), col('requestedAt'), col('succeededAt'), col('updatedAt'), col('version'),
    ]);
  },
};
