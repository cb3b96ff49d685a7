import { randomUUID } from 'node:crypto';
import type { PaymentEvent, ProviderNotification, UnmatchedNotificationEvent } from '@healthpay/domain';
import { unmatchedStreamId } from '@healthpay/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '../../event-store/event-store';
import { createPool, type Pool } from '../../postgres/pool';
import { catchUpCommitted } from '../../testing/catch-up-committed';
import { demoWallets } from '../../seed/demo-data';
import { seedDemoData } from '../../seed/seed';
import { createMigratedTestDatabase, type TestDatabase } from '../../testing/database';
import { paymentReadModels, paymentReadModelTables } from './index';
import {
  findPaymentIdByProviderOrder, getPayment, listPaymentNotifications, listPaymentRefunds, listPayments, listUnmatchedNotifications,
  openPaymentsOlderThan, paymentsRequestedOn,
} from './queries';

let db: TestDatabase;
let pool: Pool;
let store: EventStore;
beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 4);
  store = new EventStore(pool);
  await seedDemoData(pool);
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const NAME = 'payment-spec';
const project = (batchSize: number) => catchUpCommitted(pool, { name: NAME, projections: paymentReadModels, batchSize });
const snapshot = async () => {
  const out: Record<string, unknown[]> = {};
  for (const table of paymentReadModelTables) out[table] = (await pool.query(`SELECT * FROM ${table} ORDER BY 1`)).rows;
  return out;
};

const versions = new Map<string, number>();
async function append(streamId: string, events: Array<PaymentEvent | UnmatchedNotificationEvent>) {
  const expectedVersion = versions.get(streamId) ?? 0;
  const outcome = await store.append({
    streams: [{ streamId, aggregateType: 'payment', expectedVersion, events: events.map((e) => ({ eventId: randomUUID(), type: e.type, data: e.data, metadata: { actorId: 'spec' } })) }],
  });
  expect(outcome).toEqual({ status: 'committed' });
  versions.set(streamId, expectedVersion + events.length);
}

const ahmed = demoWallets.ahmed;
const omar = demoWallets.omar;
const PAID = randomUUID();
const OPEN = randomUUID();
const FLAGGED = randomUUID();
const FAWRY = randomUUID();
const REFUND = randomUUID();
const CHECKOUT = 'https://accept.paymob.com/unifiedcheckout/?csk=spec';
const note = (n: Partial<ProviderNotification> & Pick<ProviderNotification, 'key'>): ProviderNotification => ({
  provider: 'paymob', kind: 'payment', outcome: 'success', amount: 50_000, providerTransactionId: n.key, detail: 'Approved', ...n,
});
const requested = (paymentId: string, w: { walletId: string; ownerId: string }, provider: 'paymob' | 'fawry', amount: number, at: string): PaymentEvent => ({
  type: 'PaymentRequested', data: { paymentId, walletId: w.walletId, ownerId: w.ownerId, provider, amount, currency: 'EGP', expiresAt: '2026-12-06T12:00:00.000Z', at },
});

describe('payment read models in Postgres', () => {
  beforeAll(async () => {
    // 2026-12-05T22:30Z is 2026-12-06 00:30 in Cairo (UTC+2).
    await append(PAID, [
      requested(PAID, ahmed, 'paymob', 50_000, '2026-12-05T22:30:00.000Z'),
      { type: 'PaymentOrderCreated', data: { paymentId: PAID, providerOrderId: 'pm-ord-1', providerReference: null, checkoutUrl: CHECKOUT, expiresAt: '2026-12-06T12:00:00.000Z', at: '2026-12-05T22:30:01.000Z' } },
    ]);
    await append(PAID, [
      { type: 'PaymentNotificationReceived', data: { paymentId: PAID, notification: note({ key: 'pm-tx-1' }), at: '2026-12-05T22:31:00.000Z' } },
      { type: 'PaymentSucceeded', data: { paymentId: PAID, walletId: ahmed.walletId, providerTransactionId: 'pm-tx-1', amount: 50_000, late: false, at: '2026-12-05T22:31:00.000Z' } },
    ]);
    await append(PAID, [{ type: 'PaymentRefundRequested', data: { paymentId: PAID, refundId: REFUND, walletId: ahmed.walletId, amount: 20_000, kind: 'refund', reason: 'patient asked', at: '2026-12-06T10:00:00.000Z' } }]);
    await append(PAID, [
      { type: 'PaymentNotificationReceived', data: { paymentId: PAID, notification: note({ key: 'pm-tx-2', kind: 'refund', amount: 20_000 }), at: '2026-12-06T10:05:00.000Z' } },
      { type: 'PaymentRefundCompleted', data: { paymentId: PAID, refundId: REFUND, providerTransactionId: 'pm-tx-2', at: '2026-12-06T10:05:00.000Z' } },
    ]);
    await append(OPEN, [
      requested(OPEN, omar, 'paymob', 10_000, '2026-12-06T09:00:00.000Z'),
      { type: 'PaymentOrderCreated', data: { paymentId: OPEN, providerOrderId: 'pm-ord-2', providerReference: null, checkoutUrl: CHECKOUT, expiresAt: '2026-12-06T10:00:00.000Z', at: '2026-12-06T09:00:01.000Z' } },
    ]);
    await append(FLAGGED, [
      requested(FLAGGED, ahmed, 'paymob', 30_000, '2026-12-06T11:00:00.000Z'),
      { type: 'PaymentOrderCreated', data: { paymentId: FLAGGED, providerOrderId: 'pm-ord-3', providerReference: null, checkoutUrl: CHECKOUT, expiresAt: '2026-12-06T12:00:00.000Z', at: '2026-12-06T11:00:01.000Z' } },
      { type: 'PaymentNotificationReceived', data: { paymentId: FLAGGED, notification: note({ key: 'pm-tx-3', amount: 25_000 }), at: '2026-12-06T11:02:00.000Z' } },
      { type: 'PaymentFlagged', data: { paymentId: FLAGGED, flag: 'amount_mismatch', detail: 'paid 250.00, asked 300.00', amount: 25_000, providerTransactionId: 'pm-tx-3', at: '2026-12-06T11:02:00.000Z' } },
    ]);
    await append(FAWRY, [
      requested(FAWRY, omar, 'fawry', 15_000, '2026-12-04T08:00:00.000Z'),
      { type: 'PaymentOrderCreated', data: { paymentId: FAWRY, providerOrderId: 'fw-1', providerReference: '9988776655', checkoutUrl: null, expiresAt: '2026-12-05T08:00:00.000Z', at: '2026-12-04T08:00:01.000Z' } },
      { type: 'PaymentExpired', data: { paymentId: FAWRY, at: '2026-12-05T08:00:00.000Z' } },
    ]);
    const unmatched = (key: string, at: string): UnmatchedNotificationEvent => ({
      type: 'PaymentNotificationUnmatched',
      data: { provider: 'paymob', merchantReference: null, providerOrderId: `ord-${key}`, notification: note({ key }), reason: 'unknown_order', at },
    });
    await append(unmatchedStreamId('paymob', 'u-1'), [unmatched('u-1', '2026-12-06T07:00:00.000Z')]);
    await append(unmatchedStreamId('paymob', 'u-2'), [unmatched('u-2', '2026-12-06T08:00:00.000Z')]);
    await append(unmatchedStreamId('paymob', 'u-3'), [unmatched('u-3', '2026-12-06T09:00:00.000Z')]);
  });

  it('project the payments, and a redelivery or a rebuild (in small batches) gives the same rows', async () => {
    expect(await project(1000)).toBeGreaterThan(0);
    const once = await snapshot();
    expect(once.payments).toHaveLength(4);
    expect(once.payment_notifications).toHaveLength(6);
    expect(once.payment_refunds).toHaveLength(1);

    await pool.query('UPDATE projector_checkpoints SET transaction_id = 0, position = 0 WHERE name = $1', [NAME]);
    expect(await project(3)).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(once);

    await pool.query(`TRUNCATE ${paymentReadModelTables.join(', ')}`);
    await pool.query('DELETE FROM projector_checkpoints WHERE name = $1', [NAME]);
    await project(1);
    expect(await snapshot()).toEqual(once);
  });

  it('getPayment: the row with its owner, money as numbers and dates as Dates', async () => {
    expect(await getPayment(pool, PAID)).toEqual({
      paymentId: PAID, walletId: ahmed.walletId, ownerId: 'u-ahmed', ownerName: 'Ahmed Hassan', ownerPhone: '+201001234567',
      provider: 'paymob', status: 'succeeded', amount: 50_000, credited: 50_000, refunded: 20_000, refundPending: 0,
      providerOrderId: 'pm-ord-1', providerReference: 'pm-tx-1', checkoutUrl: CHECKOUT, flags: [], failureReason: null, reviewAmount: null,
      reviewTransactionId: null, expiresAt: new Date('2026-12-06T12:00:00.000Z'), requestedAt: new Date('2026-12-05T22:30:00.000Z'),
      succeededAt: new Date('2026-12-05T22:31:00.000Z'), updatedAt: new Date('2026-12-06T10:05:00.000Z'), version: 7,
    });
    expect(await getPayment(pool, FLAGGED)).toMatchObject({ status: 'review', flags: ['amount_mismatch'], reviewAmount: 25_000, reviewTransactionId: 'pm-tx-3', credited: 0 });
    expect(await getPayment(pool, FAWRY)).toMatchObject({ status: 'expired', providerReference: '9988776655', checkoutUrl: null });
    expect(await getPayment(pool, randomUUID())).toBeNull();
    expect(await getPayment(pool, 'not-a-uuid')).toBeNull();
  });

  it('listPayments: newest first, filtered, searched and paged', async () => {
    const ids = async (f: Parameters<typeof listPayments>[1]) => (await listPayments(pool, f)).items.map((p) => p.paymentId);
    expect(await ids({ limit: 10 })).toEqual([FLAGGED, OPEN, PAID, FAWRY]);
    expect(await ids({ ownerId: 'u-ahmed', limit: 10 })).toEqual([FLAGGED, PAID]);
    expect(await ids({ walletId: omar.walletId, limit: 10 })).toEqual([OPEN, FAWRY]);
    expect(await ids({ status: 'pending', limit: 10 })).toEqual([OPEN]);
    expect(await ids({ provider: 'fawry', limit: 10 })).toEqual([FAWRY]);
    expect(await ids({ flagged: true, limit: 10 })).toEqual([FLAGGED]);
    expect(await ids({ flagged: false, limit: 10 })).toEqual([OPEN, PAID, FAWRY]);
    expect(await ids({ query: PAID.toUpperCase(), limit: 10 })).toEqual([PAID]);
    expect(await ids({ query: 'pm-tx-1', limit: 10 })).toEqual([PAID]);
    expect(await ids({ query: 'pm-ord-2', limit: 10 })).toEqual([OPEN]);
    expect(await ids({ query: '9988776655', limit: 10 })).toEqual([FAWRY]);
    expect(await ids({ query: '1223456', limit: 10 })).toEqual([OPEN, FAWRY]);
    expect(await ids({ query: 'omar', limit: 10 })).toEqual([OPEN, FAWRY]);

    const first = await listPayments(pool, { limit: 3 });
    expect(first.nextCursor).not.toBeNull();
    const second = await listPayments(pool, { limit: 3, cursor: first.nextCursor ?? undefined });
    expect(second).toMatchObject({ nextCursor: null });
    expect([...first.items, ...second.items].map((p) => p.paymentId)).toEqual([FLAGGED, OPEN, PAID, FAWRY]);
  });

  it('notifications and refunds of a payment, and the unmatched ones newest first', async () => {
    expect(await listPaymentNotifications(pool, PAID)).toEqual([
      expect.objectContaining({ paymentId: PAID, matched: true, notificationKey: 'pm-tx-1', kind: 'payment', amount: 50_000, receivedAt: new Date('2026-12-05T22:31:00.000Z') }),
      expect.objectContaining({ paymentId: PAID, matched: true, notificationKey: 'pm-tx-2', kind: 'refund', amount: 20_000 }),
    ]);
    expect(await listPaymentRefunds(pool, PAID)).toEqual([{
      refundId: REFUND, paymentId: PAID, walletId: ahmed.walletId, amount: 20_000, kind: 'refund', status: 'completed', reason: 'patient asked',
      failureReason: null, providerTransactionId: 'pm-tx-2', requestedAt: new Date('2026-12-06T10:00:00.000Z'),
      updatedAt: new Date('2026-12-06T10:05:00.000Z'), version: 7,
    }]);

    const page1 = await listUnmatchedNotifications(pool, { limit: 2 });
    expect(page1.items.map((n) => n.notificationKey)).toEqual(['u-3', 'u-2']);
    expect(page1.items[0]).toMatchObject({ paymentId: null, matched: false, providerOrderId: 'ord-u-3', unmatchedReason: 'unknown_order' });
    const page2 = await listUnmatchedNotifications(pool, { limit: 2, cursor: page1.nextCursor ?? undefined });
    expect(page2.items.map((n) => n.notificationKey)).toEqual(['u-1']);
    expect(page2.nextCursor).toBeNull();
  });

  it('look-ups for the provider callbacks and the reconciliation job', async () => {
    expect(await findPaymentIdByProviderOrder(pool, 'paymob', 'pm-ord-2')).toBe(OPEN);
    expect(await findPaymentIdByProviderOrder(pool, 'fawry', 'pm-ord-2')).toBeNull();

    expect(await openPaymentsOlderThan(pool, new Date('2026-12-06T12:00:00.000Z'), 10)).toEqual([
      { paymentId: OPEN, provider: 'paymob', expiresAt: new Date('2026-12-06T10:00:00.000Z'), providerOrderId: 'pm-ord-2', providerReference: null },
    ]);
    expect(await openPaymentsOlderThan(pool, new Date('2026-12-06T09:00:00.000Z'), 10)).toEqual([]);

    // PAID was requested at 00:30 Cairo time on the 6th (22:30 UTC on the 5th).
    expect((await paymentsRequestedOn(pool, 'paymob', '2026-12-06')).map((p) => p.paymentId)).toEqual([PAID, OPEN, FLAGGED]);
    expect(await paymentsRequestedOn(pool, 'paymob', '2026-12-05')).toEqual([]);
    expect((await paymentsRequestedOn(pool, 'fawry', '2026-12-04')).map((p) => p.paymentId)).toEqual([FAWRY]);
  });
});
