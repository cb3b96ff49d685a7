import { containsPattern } from '../../util/like';
import type { PaymentProvider } from '@healthpay/domain';
import type { Pool } from '../../postgres/pool';
import type { PaymentNotificationDoc } from './notification-projection';
import type { PaymentDoc } from './payment-projection';
import type { PaymentRefundDoc } from './refund-projection';

/** A payments row as queries return it: the projected document with its dates as Dates, and the patient's name and phone. */
export type PaymentRow = Omit<PaymentDoc, 'refundAmounts' | 'expiresAt' | 'requestedAt' | 'succeededAt' | 'updatedAt'> & {
  ownerName: string | null;
  ownerPhone: string | null;
  expiresAt: Date;
  requestedAt: Date;
  succeededAt: Date | null;
  updatedAt: Date;
};

export type PaymentNotificationRow = Omit<PaymentNotificationDoc, 'receivedAt'> & { receivedAt: Date };
export type PaymentRefundRow = Omit<PaymentRefundDoc, 'requestedAt' | 'updatedAt'> & { requestedAt: Date; updatedAt: Date };

const PAYMENT_COLUMNS = `p.payment_id AS "paymentId", p.wallet_id AS "walletId", p.owner_id AS "ownerId",
  u.name AS "ownerName", u.phone AS "ownerPhone", p.provider, p.status, p.amount, p.credited, p.refunded,
  p.refund_pending AS "refundPending", p.provider_order_id AS "providerOrderId", p.provider_reference AS "providerReference",
  p.checkout_url AS "checkoutUrl",
  COALESCE(p.flags, '{}') AS flags, p.failure_reason AS "failureReason", p.review_amount AS "reviewAmount",
  p.review_transaction_id AS "reviewTransactionId", p.expires_at AS "expiresAt", p.requested_at AS "requestedAt",
  p.succeeded_at AS "succeededAt", p.updated_at AS "updatedAt", p.version`;
const PAYMENT_SELECT = `SELECT ${PAYMENT_COLUMNS} FROM payments p LEFT JOIN users u ON u.id = p.owner_id`;

/** The text of a uuid, or null: payment ids are uuids, so anything else cannot match one (and must not be cast). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const asUuid = (s: string | undefined): string | null => (s !== undefined && UUID.test(s) ? s.toLowerCase() : null);

export async function getPayment(pool: Pool, paymentId: string): Promise<PaymentRow | null> {
  const id = asUuid(paymentId);
  if (!id) return null;
  const res = await pool.query<PaymentRow>(`${PAYMENT_SELECT} WHERE p.payment_id = $1`, [id]);
  return res.rows[0] ?? null;
}

export interface PaymentFilter {
  ownerId?: string;
  walletId?: string;
  status?: string;
  provider?: string;
  /** true: only payments with a flag; false: only those without. */
  flagged?: boolean;
  /** A payment id, a provider reference or order id, or part of the patient's phone or name. */
  query?: string;
  /** Offset cursor: how many rows of this listing were already returned (newest first). */
  cursor?: number;
  limit: number;
}

/** Every provider a payment can have: the provider's own indexes lead with it. */
const PROVIDERS: readonly PaymentProvider[] = ['paymob', 'fawry'];

/** How many payments (newest first, filtered) a search first tries before it looks for what the term names instead. */
export const PAYMENT_SEARCH_PREFIX = 1_000;

const FILTERS = `($1::text IS NULL OR p.owner_id = $1)
              AND ($2::text IS NULL OR p.wallet_id = $2)
              AND ($3::text IS NULL OR p.status = $3)
              AND ($4::text IS NULL OR p.provider = $4)
              AND ($5::boolean IS NULL OR (cardinality(COALESCE(p.flags, '{}')) > 0) = $5)`;
const NEWEST = 'p.requested_at DESC, p.payment_id DESC';

/**
 * The statements of one page of `listPayments`, in the order to try them: the page is the first answer with more
 * rows than the page's end, or the last answer. Every statement cuts the page from payments alone, newest first,
 * and only its rows meet their owners, so each filter reads an index in the list's order and stops after the page
 * (`(requested_at, payment_id)` for none or flagged, `(provider, …)`, `(status, …)`, `(owner, …)`). Joined to users before
 * the cut, Postgres read and sorted every payment with its owner for the first page (2M payments: 3.8 s, PG 15).
 * A search term tries the newest `PAYMENT_SEARCH_PREFIX` payments first (a common name fills the page there), then collects
 * what it names (the id, a provider's reference or order id, the payments of people whose phone or name contains it).
 */
function paymentPageQueries(f: PaymentFilter): { text: string; values: unknown[] }[] {
  const q = f.query?.trim() || null;
  const values: unknown[] = [f.ownerId ?? null, f.walletId ?? null, f.status ?? null, f.provider ?? null, f.flagged ?? null,
    Math.max(0, Math.trunc(f.cursor ?? 0)), f.limit + 1];
  if (q === null) {
    return [{
      text: `SELECT ${PAYMENT_COLUMNS}
     FROM (SELECT * FROM payments p WHERE ${FILTERS} ORDER BY ${NEWEST} OFFSET $6 LIMIT $7) p
     LEFT JOIN users u ON u.id = p.owner_id ORDER BY ${NEWEST}`,
      values,
    }];
  }
  const termValues = [...values, asUuid(q), q, containsPattern(q)];
  return [{
    text: `SELECT ${PAYMENT_COLUMNS}
     FROM (SELECT * FROM payments p WHERE ${FILTERS} ORDER BY ${NEWEST} LIMIT ${PAYMENT_SEARCH_PREFIX}) p
     LEFT JOIN users u ON u.id = p.owner_id
     WHERE p.payment_id = $8::uuid OR p.provider_reference = $9 OR p.provider_order_id = $9
        OR u.phone LIKE $10 OR u.name ILIKE $10 OR u.name_ar ILIKE $10
     ORDER BY ${NEWEST} OFFSET $6 LIMIT $7`,
    values: termValues,
  }, {
    text: `WITH named AS MATERIALIZED (
       SELECT payment_id FROM payments WHERE payment_id = $8::uuid
       UNION SELECT payment_id FROM payments WHERE provider = ANY($11::text[]) AND (provider_reference = $9 OR provider_order_id = $9)
       UNION SELECT p.payment_id FROM users u JOIN payments p ON p.owner_id = u.id
        WHERE u.phone LIKE $10 OR u.name ILIKE $10 OR u.name_ar ILIKE $10)
     SELECT ${PAYMENT_COLUMNS}
     FROM (SELECT * FROM payments p WHERE ${FILTERS} AND p.payment_id IN (SELECT payment_id FROM named)
            ORDER BY ${NEWEST} OFFSET $6 LIMIT $7) p
     LEFT JOIN users u ON u.id = p.owner_id ORDER BY ${NEWEST}`,
    values: [...termValues, PROVIDERS],
  }];
}

/**
 * Newest first (requested_at, then payment id). The cursor is the number of rows already seen: payments have
 * no numeric key to continue after, and a page boundary inside one millisecond must not drop a row.
 */
export async function listPayments(pool: Pool, f: PaymentFilter): Promise<{ items: PaymentRow[]; nextCursor: number | null }> {
  const offset = Math.max(0, Math.trunc(f.cursor ?? 0));
  let rows: PaymentRow[] = [];
  for (const statement of paymentPageQueries(f)) {
    rows = (await pool.query<PaymentRow>(statement)).rows;
    if (rows.length > f.limit) break;
  }
  const items = rows.slice(0, f.limit);
  return { items, nextCursor: rows.length > f.limit ? offset + items.length : null };
}

const NOTIFICATION_SELECT = `SELECT event_id AS "eventId", payment_id AS "paymentId", provider,
  notification_key AS "notificationKey", kind, outcome, amount, provider_transaction_id AS "providerTransactionId",
  detail, matched, merchant_reference AS "merchantReference", provider_order_id AS "providerOrderId",
  unmatched_reason AS "unmatchedReason", received_at AS "receivedAt" FROM payment_notifications`;

/** What the providers told us about one payment, oldest first. */
export async function listPaymentNotifications(pool: Pool, paymentId: string): Promise<PaymentNotificationRow[]> {
  const id = asUuid(paymentId);
  if (!id) return [];
  const res = await pool.query<PaymentNotificationRow>(`${NOTIFICATION_SELECT} WHERE payment_id = $1 ORDER BY received_at, event_id`, [id]);
  return res.rows;
}

/** Notifications we could not tie to a payment, newest first; the cursor is the number of rows already seen. */
export async function listUnmatchedNotifications(
  pool: Pool,
  page: { cursor?: number; limit: number },
): Promise<{ items: PaymentNotificationRow[]; nextCursor: number | null }> {
  const offset = Math.max(0, Math.trunc(page.cursor ?? 0));
  const res = await pool.query<PaymentNotificationRow>(
    `${NOTIFICATION_SELECT} WHERE NOT matched ORDER BY received_at DESC, event_id DESC OFFSET $1 LIMIT $2`,
    [offset, page.limit + 1],
  );
  const items = res.rows.slice(0, page.limit);
  return { items, nextCursor: res.rows.length > page.limit ? offset + items.length : null };
}

/** A payment's refunds and voids, oldest first. */
export async function listPaymentRefunds(pool: Pool, paymentId: string): Promise<PaymentRefundRow[]> {
  const id = asUuid(paymentId);
  if (!id) return [];
  const res = await pool.query<PaymentRefundRow>(
    `SELECT refund_id AS "refundId", payment_id AS "paymentId", wallet_id AS "walletId", amount, kind, status, reason,
       failure_reason AS "failureReason", provider_transaction_id AS "providerTransactionId", requested_at AS "requestedAt",
       updated_at AS "updatedAt", version
     FROM payment_refunds WHERE payment_id = $1 ORDER BY requested_at, refund_id`,
    [id],
  );
  return res.rows;
}

/** The payment a provider's order belongs to (the newest, should an order id ever repeat). */
export async function findPaymentIdByProviderOrder(pool: Pool, provider: string, providerOrderId: string): Promise<string | null> {
  const res = await pool.query<{ paymentId: string }>(
    `SELECT payment_id AS "paymentId" FROM payments WHERE provider = $1 AND provider_order_id = $2
     ORDER BY requested_at DESC LIMIT 1`,
    [provider, providerOrderId],
  );
  return res.rows[0]?.paymentId ?? null;
}

export interface OpenPayment {
  paymentId: string;
  provider: PaymentProvider;
  expiresAt: Date;
  providerOrderId: string | null;
  providerReference: string | null;
}

/** Payments still waiting for the provider (requested or pending) that were requested before `before`, oldest first. */
export async function openPaymentsOlderThan(pool: Pool, before: Date, limit: number): Promise<OpenPayment[]> {
  const res = await pool.query<OpenPayment>(
    `SELECT payment_id AS "paymentId", provider, expires_at AS "expiresAt", provider_order_id AS "providerOrderId",
       provider_reference AS "providerReference"
     FROM payments WHERE status IN ('requested', 'pending') AND requested_at < $1
     ORDER BY requested_at, payment_id LIMIT $2`,
    [before, limit],
  );
  return res.rows;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A provider's payments requested on, or succeeded on, one Africa/Cairo day (YYYY-MM-DD), for reconciliation. */
export async function paymentsRequestedOn(pool: Pool, provider: string, day: string): Promise<PaymentRow[]> {
  if (!DAY.test(day)) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  const res = await pool.query<PaymentRow>(
    `${PAYMENT_SELECT}
     CROSS JOIN LATERAL (SELECT ($2::date)::timestamp AT TIME ZONE 'Africa/Cairo' AS day_start,
       ($2::date + 1)::timestamp AT TIME ZONE 'Africa/Cairo' AS day_end) d
     WHERE p.provider = $1
       AND ((p.requested_at >= d.day_start AND p.requested_at < d.day_end)
         OR (p.succeeded_at >= d.day_start AND p.succeeded_at < d.day_end))
     ORDER BY p.requested_at, p.payment_id`,
    [provider, day],
  );
  return res.rows;
}
