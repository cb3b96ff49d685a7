import { randomUUID } from 'node:crypto';
import { listUnmatchedNotifications } from '@healthpay/db';
import { demoWallets } from '@healthpay/db/testing';
import { PAYMOB_TEST_CARDS } from '@healthpay/payment-sandbox';
import { paymobProcessedHmac, paymobResponseHmac, paymobResponseQueryOf } from '@healthpay/payments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../testing/harness';
import { payByCard, paymentRig, sandboxKeys, untilPayment, type PaymentRig } from '../testing/payments';
import { capturedSms } from '../testing/sms';
import { reconcileDay, reconcilePending } from './reconcile';

const WALLET = demoWallets.omar.walletId;
let h: Harness;
let rig: PaymentRig;
const sms = capturedSms();

beforeAll(async () => {
  h = await apiHarness();
  h.services.sms = sms.sender;
  rig = await paymentRig(h.services);
});
afterAll(async () => {
  await rig.stop();
  await h.close();
});

const omar = (key: string = `k-${randomUUID()}`) => h.as('u-omar', { idempotencyKey: key });
const cardTopUp = async (amount: number) => (await omar()).payments.topUp({ walletId: WALLET, provider: 'paymob', amount, locale: 'en' });
/** Wallet credits caused by one payment (reference payment:<id>). */
const creditsOf = async (paymentId: string) =>
  (await h.services.store.readStream(WALLET)).filter((e) => e.type === 'WalletCredited' && (e.data as { reference: string }).reference === `payment:${paymentId}`);
const balance = async () => {
  const s = (await h.services.aggregates.wallet.load(WALLET)).state;
  return s.status === 'none' ? 0 : s.balance;
};

/** A Paymob transaction object for one of our payments, as the processed callback carries it. */
const txn = (paymentId: string, orderId: string, amount: number, over: Record<string, unknown> = {}) => ({
  id: Math.floor(Math.random() * 1e9), pending: false, amount_cents: amount, success: true, is_auth: false, is_capture: false,
  is_standalone_payment: true, is_voided: false, is_refunded: false, is_3d_secure: true, integration_id: 4900001,
  has_parent_transaction: false, error_occured: false, currency: 'EGP', created_at: '2026-12-06T02:15:47.482518+02:00', owner: 302852,
  order: { id: Number(orderId), merchant_order_id: paymentId }, source_data: { pan: '8769', type: 'card', sub_type: 'Visa' }, data: { message: 'Approved' },
  ...over,
});
const post = (path: string, body: string, query = '') =>
  fetch(`${rig.webUrl}${path}${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
const signedCallback = (obj: Record<string, unknown>) =>
  post('/api/payments/paymob/callback', JSON.stringify({ type: 'TRANSACTION', obj }), `?hmac=${paymobProcessedHmac(obj, sandboxKeys.PAYMOB_HMAC_SECRET)}`);

describe('card top-up through the Paymob sandbox', () => {
  it('credits the wallet once when the checkout succeeds, even with the callback delivered three times', async () => {
    const before = await balance();
    const topUp = await cardTopUp(15_000);
    expect(topUp.checkoutUrl).toContain('/unifiedcheckout/');
    rig.paymob.control.setDuplicateCallbacks(3);
    payByCard(rig, topUp.checkoutUrl, PAYMOB_TEST_CARDS.success);
    await untilPayment(h.services, topUp.paymentId, (s) => s.status === 'succeeded');
    await untilPayment(h.services, topUp.paymentId, (s) => s.status !== 'none' && s.seen.length >= 1);
    rig.paymob.control.setDuplicateCallbacks(1);
    expect(await creditsOf(topUp.paymentId)).toHaveLength(1);
    expect(await balance()).toBe(before + 15_000);
  });

  it('records a declined card as failed and credits nothing', async () => {
    const topUp = await cardTopUp(5_000);
    payByCard(rig, topUp.checkoutUrl, PAYMOB_TEST_CARDS.declined);
    await untilPayment(h.services, topUp.paymentId, (s) => s.status === 'failed');
    expect(await creditsOf(topUp.paymentId)).toHaveLength(0);
  });

  it('answers a repeated request with the same Idempotency-Key with the same payment', async () => {
    const key = `same-${randomUUID()}`;
    const first = await (await omar(key)).payments.topUp({ walletId: WALLET, provider: 'paymob', amount: 2_000, locale: 'ar' });
    const again = await (await omar(key)).payments.topUp({ walletId: WALLET, provider: 'paymob', amount: 2_000, locale: 'ar' });
    expect(again.paymentId).toBe(first.paymentId);
    await expect((await omar(key)).payments.topUp({ walletId: WALLET, provider: 'paymob', amount: 2_001, locale: 'ar' })).rejects.toMatchObject({ cause: { code: 'IDEMPOTENCY_KEY_REUSED' } });
  });

  it('refuses a top-up of another patient’s wallet as not found', async () => {
    await expect((await omar()).payments.topUp({ walletId: demoWallets.ahmed.walletId, provider: 'paymob', amount: 2_000, locale: 'ar' }))
      .rejects.toMatchObject({ cause: { code: 'WALLET_NOT_FOUND' } });
  });
});

describe('the patient coming back from the checkout (GET return)', () => {
  it('records a verified result, sends the patient to the payment page in their language, and refuses a tampered one', async () => {
    const topUp = await cardTopUp(2_500);
    rig.paymob.control.setCallbackDelay(600_000);
    let query: Record<string, string>;
    try {
      const paid = payByCard(rig, topUp.checkoutUrl, PAYMOB_TEST_CARDS.success) as unknown as Record<string, unknown>;
      query = paymobResponseQueryOf(paid);
    } finally {
      rig.paymob.control.setCallbackDelay(0);
    }
    const hmac = paymobResponseHmac(query, sandboxKeys.PAYMOB_HMAC_SECRET);
    const get = (q: Record<string, string>) =>
      fetch(`${rig.webUrl}/api/payments/paymob/return?${new URLSearchParams(q)}`, { redirect: 'manual', headers: { cookie: 'NEXT_LOCALE=en' } });
    const tampered = await get({ ...query, amount_cents: '1', hmac });
    expect(tampered.status).toBe(401);
    const back = await get({ ...query, hmac });
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe(`/en/payments/${topUp.paymentId}?result=success`);
    expect(await creditsOf(topUp.paymentId)).toHaveLength(1);
  });
});

describe('callbacks as a stranger would send them', () => {
  it('refuses a tampered or unsigned callback with 401, records nothing against the payment, and audits it', async () => {
    const topUp = await cardTopUp(3_000);
    const obj = txn(topUp.paymentId, topUp.paymentId, 3_000);
    const hmac = paymobProcessedHmac(obj, sandboxKeys.PAYMOB_HMAC_SECRET);
    const versionBefore = (await h.services.store.readStream(topUp.paymentId)).length;
    const tampered = await post('/api/payments/paymob/callback', JSON.stringify({ type: 'TRANSACTION', obj: { ...obj, amount_cents: 300_000 } }), `?hmac=${hmac}`);
    const unsigned = await post('/api/payments/paymob/callback', JSON.stringify({ type: 'TRANSACTION', obj }));
    expect([tampered.status, unsigned.status]).toEqual([401, 401]);
    expect((await h.services.store.readStream(topUp.paymentId)).length).toBe(versionBefore);
    const audited = await h.services.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'payments.notify.paymob' AND result = 'INVALID_SIGNATURE'`);
    expect(audited.rows[0].n).toBeGreaterThanOrEqual(2);
  });

  it.each([
    { what: 'not JSON', body: '{"type":', status: 400 },
    { what: 'an array', body: '[]', status: 400 },
    { what: 'no transaction', body: '{"type":"TRANSACTION"}', status: 400 },
    { what: 'a huge body', body: JSON.stringify({ type: 'TRANSACTION', obj: { pad: 'x'.repeat(200_000) } }), status: 413 },
  ])('answers $what with $status, never a 5xx', async ({ body, status }) => {
    expect((await post('/api/payments/paymob/callback', body, '?hmac=00')).status).toBe(status);
    expect((await post('/api/payments/fawry/notify', body)).status).toBe(status);
  });

  it('credits once when 50 copies of one signed notification arrive at once', async () => {
    const topUp = await cardTopUp(4_000);
    const pending = (await h.services.aggregates.payment.load(topUp.paymentId)).state;
    const obj = txn(topUp.paymentId, pending.status === 'none' ? '0' : (pending.providerOrderId ?? '0'), 4_000);
    const answers = await Promise.all(Array.from({ length: 50 }, () => signedCallback(obj)));
    expect(answers.every((r) => r.status === 200)).toBe(true);
    expect(await creditsOf(topUp.paymentId)).toHaveLength(1);
  });

  it('keeps a correctly signed notification for an unknown order as unmatched (200)', async () => {
    const stranger = randomUUID();
    const res = await signedCallback(txn(stranger, '999999991', 1_000));
    expect(res.status).toBe(200);
    expect((await signedCallback(txn(stranger, '999999991', 1_000, { id: 77 }))).status).toBe(200);
    await h.project();
    const unmatched = await listUnmatchedNotifications(h.services.pool, { limit: 50 });
    expect(unmatched.items.some((n) => n.merchantReference === stranger)).toBe(true);
  });

  it('flags a success for another amount for review and credits nothing', async () => {
    const topUp = await cardTopUp(6_000);
    const state = (await h.services.aggregates.payment.load(topUp.paymentId)).state;
    await signedCallback(txn(topUp.paymentId, state.status === 'none' ? '0' : (state.providerOrderId ?? '0'), 5_000));
    const after = await untilPayment(h.services, topUp.paymentId, (s) => s.status === 'review');
    expect(after.status === 'review' && after.flags).toContain('amount_mismatch');
    expect(await creditsOf(topUp.paymentId)).toHaveLength(0);
  });

  it('still credits a success that arrives after the payment expired, and flags it', async () => {
    const topUp = await cardTopUp(7_000);
    const real = h.services.clock;
    await h.project();
    h.services.clock = () => new Date(real().getTime() + 2 * 3_600_000);
    try {
      await reconcilePending(h.services);
    } finally {
      h.services.clock = real;
    }
    await untilPayment(h.services, topUp.paymentId, (s) => s.status === 'expired');
    payByCard(rig, topUp.checkoutUrl, PAYMOB_TEST_CARDS.success);
    const after = await untilPayment(h.services, topUp.paymentId, (s) => s.status === 'succeeded');
    expect(after.status === 'succeeded' && after.flags).toContain('late_success');
    expect(await creditsOf(topUp.paymentId)).toHaveLength(1);
  });
});

describe('refunds', () => {
  it('refuses more than was paid and allows two partial refunds that the wallet covers', async () => {
    const topUp = await cardTopUp(10_000);
    payByCard(rig, topUp.checkoutUrl, PAYMOB_TEST_CARDS.success);
    await untilPayment(h.services, topUp.paymentId, (s) => s.status === 'succeeded');
    const finance = () => h.as('u-finance', { idempotencyKey: `r-${randomUUID()}` });
    const before = await balance();
    await expect((await finance()).payments.refund({ paymentId: topUp.paymentId, amount: 10_001, reason: 'too much', kind: 'refund' }))
      .rejects.toMatchObject({ cause: { code: 'REFUND_EXCEEDS_PAYMENT' } });
    expect(await balance()).toBe(before);
    const first = await (await finance()).payments.refund({ paymentId: topUp.paymentId, amount: 3_000, reason: 'partial', kind: 'refund' });
    const second = await (await finance()).payments.refund({ paymentId: topUp.paymentId, amount: 2_500, reason: 'partial again', kind: 'refund' });
    expect([first.refunded, second.refunded, second.refundable]).toEqual([3_000, 5_500, 4_500]);
    expect(await balance()).toBe(before - 5_500);
    await expect((await finance()).payments.refund({ paymentId: topUp.paymentId, amount: 4_501, reason: 'over', kind: 'refund' }))
      .rejects.toMatchObject({ cause: { code: 'REFUND_EXCEEDS_PAYMENT' } });
  });
});

describe('Fawry through its sandbox', () => {
  it('issues a reference code (also by SMS) and credits once when it is paid at an outlet', async () => {
    const before = await balance();
    const topUp = await (await omar()).payments.topUp({ walletId: WALLET, provider: 'fawry', amount: 20_000, locale: 'ar' });
    expect(topUp.referenceNumber).toMatch(/^\d+$/);
    expect(sms.sent.at(-1)?.body).toContain(topUp.referenceNumber);
    rig.fawry.control.payAtOutlet(topUp.referenceNumber ?? '');
    await untilPayment(h.services, topUp.paymentId, (s) => s.status === 'succeeded');
    rig.fawry.control.deliverAgain(topUp.referenceNumber ?? '');
    await untilPayment(h.services, topUp.paymentId, (s) => s.status !== 'none' && s.seen.length >= 1);
    expect(await creditsOf(topUp.paymentId)).toHaveLength(1);
    expect(await balance()).toBe(before + 20_000);
  });
});

describe('reconciliation', () => {
  it('settles a paid payment whose callback never came by asking the provider', async () => {
    const topUp = await cardTopUp(8_000);
    rig.paymob.control.setCallbackDelay(600_000);
    try {
      payByCard(rig, topUp.checkoutUrl, PAYMOB_TEST_CARDS.success);
      await h.project();
      const real = h.services.clock;
      h.services.clock = () => new Date(real().getTime() + 10 * 60_000);
      try {
        expect((await reconcilePending(h.services)).settled).toBeGreaterThanOrEqual(1);
      } finally {
        h.services.clock = real;
      }
    } finally {
      rig.paymob.control.setCallbackDelay(0);
    }
    expect((await h.services.aggregates.payment.load(topUp.paymentId)).state.status).toBe('succeeded');
    expect(await creditsOf(topUp.paymentId)).toHaveLength(1);
  });

  it('lists a payment we credited that the provider does not report as paid', async () => {
    const topUp = await cardTopUp(9_000);
    const state = (await h.services.aggregates.payment.load(topUp.paymentId)).state;
    await signedCallback(txn(topUp.paymentId, state.status === 'none' ? '0' : (state.providerOrderId ?? '0'), 9_000));
    await untilPayment(h.services, topUp.paymentId, (s) => s.status === 'succeeded');
    await h.project();
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Cairo' }).format(new Date());
    const report = await reconcileDay(h.services, 'paymob', day);
    const line = report.lines.find((l) => l.paymentId === topUp.paymentId);
    expect(line?.match).toBe(false);
    expect(report.mismatches).toBeGreaterThanOrEqual(1);
  });
});

describe('a provider that is slow, then down', () => {
  it('times out, opens the breaker (fast refusals, "unavailable"), leaves nothing half-done, and Fawry keeps working', async () => {
    const services = h.secondProcess();
    const slow = await paymentRig(services, { timeoutMs: 200, failureThreshold: 2, halfOpenAfterMs: 300 });
    try {
      const patient = () => h.as('u-omar', { services, idempotencyKey: `b-${randomUUID()}` });
      const topUp = async () => (await patient()).payments.topUp({ walletId: WALLET, provider: 'paymob', amount: 1_000, locale: 'ar' });
      slow.paymob.control.setLatency(2_000);
      await expect(topUp()).rejects.toMatchObject({ cause: { code: 'PROVIDER_UNAVAILABLE' } });
      await slow.paymob.stop();
      await expect(topUp()).rejects.toMatchObject({ cause: { code: 'PROVIDER_UNAVAILABLE' } });
      expect(services.payments.breakers.paymob.state()).toBe('open');
      expect(await (await patient()).payments.providers()).toEqual({ paymob: 'unavailable', fawry: 'available' });
      const refusedAt = Date.now();
      await expect(topUp()).rejects.toMatchObject({ cause: { code: 'PROVIDER_UNAVAILABLE', details: { reason: 'circuit-open' } } });
      expect(Date.now() - refusedAt).toBeLessThan(150);
      // Every payment that was started is closed as failed: no order is left open.
      const open = await services.pool.query(`SELECT count(*)::int AS n FROM events e WHERE e.aggregate_type = 'payment' AND e.event_type = 'PaymentRequested'
        AND NOT EXISTS (SELECT 1 FROM events f WHERE f.aggregate_id = e.aggregate_id AND f.event_type IN ('PaymentOrderCreated', 'PaymentOrderFailed'))`);
      expect(open.rows[0].n).toBe(0);
      // Fawry has its own breaker and keeps working.
      const fawry = await (await patient()).payments.topUp({ walletId: WALLET, provider: 'fawry', amount: 1_000, locale: 'en' });
      expect(fawry.referenceNumber).toBeTruthy();
    } finally {
      await slow.stop();
    }
  });
});
