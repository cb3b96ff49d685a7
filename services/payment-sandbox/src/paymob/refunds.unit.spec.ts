import { providerReport, verifyPaymobProcessed } from '@healthpay/payments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createIntention, PAYMOB_KEYS, paymobFixture, postJson, type PaymobFixture } from '../testing/paymob';
import { PAYMOB_TEST_CARDS } from './test-cards';

let f: PaymobFixture;
beforeAll(async () => {
  f = await paymobFixture();
});
afterAll(() => f.stop());

const api = (path: string, body: unknown) => postJson(`${f.sandbox.url}${path}`, body, auth);
const refund = (transaction_id: number | string, amount_cents: number) => api('/api/acceptance/void_refund/refund', { transaction_id, amount_cents });

async function paid() {
  const i = await createIntention(f);
  const n = f.merchant.received.length;
  const tx = f.sandbox.control.pay(i.id, PAYMOB_TEST_CARDS.success);
  await f.merchant.waitFor(n + 1);
  return { i, tx };
}

/** The callback for transaction `id`, hmac checked. */
async function callbackFor(id: unknown) {
  for (;;) {
    const found = f.merchant.received.find((r) => (r.json as { obj: { id: unknown } }).obj.id === id);
    if (found) {
      const obj = (found.json as { obj: Record<string, unknown> }).obj;
      expect(verifyPaymobProcessed(obj, found.query.get('hmac'), PAYMOB_KEYS.hmacSecret)).toBe(true);
      return obj;
    }
    await f.merchant.waitFor(f.merchant.received.length + 1);
  }
}

describe('refunds', () => {
  it('refunds partially twice as new child transactions, then refuses more than what remains', async () => {
    const { tx } = await paid();
    const first = await refund(String(tx.id), 30_000);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ has_parent_transaction: true, is_refunded: true, parent_transaction: tx.id, amount_cents: 30_000, success: true });
    expect(await callbackFor(first.json.id)).toMatchObject({ is_refunded: true, parent_transaction: tx.id });
    const second = await refund(tx.id, 50_000);
    expect(second.status).toBe(200);
    await callbackFor(second.json.id);
    const tooMuch = await refund(tx.id, 4_001);
    expect(tooMuch.status).toBe(400);
    expect(String(tooMuch.json.detail)).toContain('(4000)');
    expect((await refund(tx.id, 4_000)).status).toBe(200);
  });

  it('answers 404 for an unknown transaction and 401 without the token', async () => {
    expect((await refund(1, 100)).status).toBe(404);
    expect((await postJson(`${f.sandbox.url}/api/acceptance/void_refund/refund`, { transaction_id: 1, amount_cents: 1 })).status).toBe(401);
    expect((await refund(1, -5)).status).toBe(400);
  });
});

describe('voids', () => {
  it('voids a same-day payment once, with a callback, and refuses to refund it afterwards', async () => {
    const { tx } = await paid();
    const voided = await api('/api/acceptance/void_refund/void', { transaction_id: tx.id });
    expect(voided.status).toBe(200);
    expect(voided.json).toMatchObject({ is_voided: true, has_parent_transaction: true, parent_transaction: tx.id, amount_cents: 84_000 });
    expect(await callbackFor(voided.json.id)).toMatchObject({ is_voided: true });
    expect((await api('/api/acceptance/void_refund/void', { transaction_id: tx.id })).status).toBe(400);
    expect((await refund(tx.id, 100)).status).toBe(400);
  });

  it('refuses to void a refunded payment', async () => {
    const { tx } = await paid();
    await refund(tx.id, 100);
    expect((await api('/api/acceptance/void_refund/void', { transaction_id: tx.id })).status).toBe(400);
  });
});

describe('inquiry and report', () => {
  it('answers the latest transaction of an order by merchant_order_id or order_id, else 404', async () => {
    const { i, tx } = await paid();
    const byRef = await api('/api/ecommerce/orders/transaction_inquiry', { merchant_order_id: i.special_reference });
    expect(byRef.json).toMatchObject({ id: tx.id, success: true });
    const r = await refund(tx.id, 1_000);
    const byOrder = await api('/api/ecommerce/orders/transaction_inquiry', { order_id: i.intention_order_id });
    expect(byOrder.json).toMatchObject({ id: r.json.id, is_refunded: true });
    expect((await api('/api/ecommerce/orders/transaction_inquiry', { merchant_order_id: 'nobody' })).status).toBe(404);
    const unpaid = await createIntention(f);
    expect((await api('/api/ecommerce/orders/transaction_inquiry', { merchant_order_id: unpaid.special_reference })).status).toBe(404);
  });

  it('reports the day’s payments as ProviderReportLine[]', async () => {
    const { i, tx } = await paid();
    await refund(tx.id, 4_000);
    const declined = await createIntention(f);
    const d = f.sandbox.control.pay(declined.id, PAYMOB_TEST_CARDS.declined);
    const day = tx.created_at.slice(0, 10);
    const res = await fetch(`${f.sandbox.url}/api/acceptance/report?date=${day}`, { headers: auth });
    const lines = providerReport.parse(await res.json());
    expect(lines).toContainEqual({ paymentId: i.special_reference, providerReference: String(tx.id), amount: 84_000, status: 'partially_refunded', refunded: 4_000 });
    expect(lines).toContainEqual({ paymentId: declined.special_reference, providerReference: String(d.id), amount: 84_000, status: 'failed', refunded: 0 });
    expect((await fetch(`${f.sandbox.url}/api/acceptance/report?date=2001-01-01`, { headers: auth }).then((r) => r.json())) as unknown).toEqual([]);
    expect((await fetch(`${f.sandbox.url}/api/acceptance/report?date=${day}`)).status).toBe(401);
    expect((await fetch(`${f.sandbox.url}/api/acceptance/report?date=yesterday`, { headers: auth })).status).toBe(400);
  });
});
