import type { RefundKind, RefundStatus } from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';
import type { DocumentProjection } from '../../projections/types';
import { paymentEvent } from './payment-event';

export interface PaymentRefundDoc {
  refundId: string;
  paymentId: string;
  walletId: string;
  amount: number;
  kind: RefundKind;
  status: RefundStatus;
  reason: string;
  failureReason: string | null;
  providerTransactionId: string | null;
  requestedAt: string;
  updatedAt: string;
  /** The payment stream's version that last changed the row. */
  version: number;
}

export const refundKeyOf = (e: StoredEvent): string => (e.data as { refundId: string }).refundId;

/** Pure: the refund after one more event of its payment; one at or below the row's version was seen already. */
export function evolveRefundDoc(doc: PaymentRefundDoc | null, stored: StoredEvent): PaymentRefundDoc | null {
  const e = paymentEvent(stored);
  if (e.type === 'PaymentRefundRequested') {
    if (doc) return doc;
    const d = e.data;
    return {
      refundId: d.refundId, paymentId: d.paymentId, walletId: d.walletId, amount: d.amount, kind: d.kind, status: 'requested',
      reason: d.reason, failureReason: null, providerTransactionId: null, requestedAt: d.at, updatedAt: d.at, version: stored.version,
    };
  }
  if (!doc || stored.version <= doc.version) return doc;
  const next = { ...doc, version: stored.version, updatedAt: e.data.at };
  switch (e.type) {
    case 'PaymentRefundCompleted':
      return { ...next, status: 'completed', providerTransactionId: e.data.providerTransactionId ?? doc.providerTransactionId };
    case 'PaymentRefundFailed':
      return { ...next, status: 'failed', failureReason: e.data.reason };
    default:
      return doc;
  }
}

const SELECT = `SELECT refund_id AS "refundId", payment_id AS "paymentId", wallet_id AS "walletId", amount, kind, status, reason,
  failure_reason AS "failureReason", provider_transaction_id AS "providerTransactionId", requested_at AS "requestedAt",
  updated_at AS "updatedAt", version FROM payment_refunds WHERE refund_id = ANY($1::uuid[])`;

const UPSERT = `
INSERT INTO payment_refunds (refund_id, payment_id, wallet_id, amount, kind, status, reason, failure_reason,
  provider_transaction_id, requested_at, updated_at, version)
SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[],
  $9::text[], $10::timestamptz[], $11::timestamptz[], $12::int[])
ON CONFLICT (refund_id) DO UPDATE SET status = excluded.status, failure_reason = excluded.failure_reason,
  provider_transaction_id = excluded.provider_transaction_id, updated_at = excluded.updated_at, version = excluded.version
WHERE payment_refunds.version < excluded.version`;

type Row = Omit<PaymentRefundDoc, 'requestedAt' | 'updatedAt'> & { requestedAt: Date; updatedAt: Date };

/** Refunds and voids of payments (`payment_refunds`), keyed by refund id. */
export const refundProjection: DocumentProjection<PaymentRefundDoc> = {
  name: 'payment_refunds',
  canHandle: ['PaymentRefundRequested', 'PaymentRefundCompleted', 'PaymentRefundFailed'],
  keyOf: refundKeyOf,
  evolve: evolveRefundDoc,
  async load(tx, keys) {
    const res = await tx.query<Row>(SELECT, [keys]);
    return new Map(res.rows.map((r) => [r.refundId, { ...r, requestedAt: r.requestedAt.toISOString(), updatedAt: r.updatedAt.toISOString() }]));
  },
  async save(tx, docs) {
    if (docs.length === 0) return;
    const col = <K extends keyof PaymentRefundDoc>(k: K) => docs.map((d) => d[k]);
    await tx.query(UPSERT, [col('refundId'), col('paymentId'), col('walletId'), col('amount'), col('kind'), col('status'),
      col('reason'), col('failureReason'), col('providerTransactionId'), col('requestedAt'), col('updatedAt'), col('version')]);
  },
};
