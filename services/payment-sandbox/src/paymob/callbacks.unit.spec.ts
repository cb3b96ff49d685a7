import { verifyPaymobProcessed } from '@healthpay/payments';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auth, createIntention, intentionBody, PAYMOB_KEYS, paymobFixture, postJson, type PaymobFixture } from '../testing/paymob';
import { PAYMOB_TEST_CARDS } from './test-cards';

let f: PaymobFixture;
beforeAll(async () => {
  f = await paymobFixture();
});
afterEach(() => {
  f.sandbox.control.reset();
  f.merchant.answerWith(() => 200);
});
afterAll(() => f.stop());

describe('callback delivery', () => {
  it('delivers each callback n times, byte for byte the same', async () => {
    f.sandbox.control.setDuplicateCallbacks(3);
    const i = await createIntention(f);
    const n = f.merchant.received.length;
    const tx = f.sandbox.control.pay(i.client_secret, PAYMOB_TEST_CARDS.success);
    const copies = (await f.merchant.waitFor(n + 3)).slice(n);
    expect(new Set(copies.map((c) => c.body)).size).toBe(1);
    expect(new Set(copies.map((c) => c.query.get('hmac'))).size).toBe(1);
    expect((copies[0]?.json as { obj: { id: number } }).obj.id).toBe(tx.id);
  });

  it('delivers late when asked to', async () => {
    f.sandbox.control.setCallbackDelay(150);
    const i = await createIntention(f);
    const n = f.merchant.received.length;
    const paidAt = Date.now();
    f.sandbox.control.pay(i.id, PAYMOB_TEST_CARDS.success);
    expect(f.merchant.received.length).toBe(n);
    const late = (await f.merchant.waitFor(n + 1))[n];
    expect((late?.at ?? 0) - paidAt).toBeGreaterThanOrEqual(140);
  });

  it('retries until the merchant answers 2xx, and re-sends on demand', async () => {
    const i = await createIntention(f);
    const n = f.merchant.received.length;
    const failFirst = n + 1;
    f.merchant.answerWith((nth) => (nth === failFirst ? 500 : 200));
    const tx = f.sandbox.control.pay(i.id, PAYMOB_TEST_CARDS.success);
    const [first, second] = (await f.merchant.waitFor(n + 2)).slice(n);
    expect(second?.body).toBe(first?.body);
    const again = await f.sandbox.control.deliverAgain(tx.id);
    expect(again).toEqual({ delivered: true, attempts: 1, status: 200 });
    const resent = f.merchant.received[n + 2];
    expect(resent?.body).toBe(first?.body);
    expect(verifyPaymobProcessed((resent?.json as { obj: Record<string, unknown> }).obj, resent?.query.get('hmac'), PAYMOB_KEYS.hmacSecret)).toBe(true);
    expect(f.sandbox.control.deliveries().filter((d) => d.key === String(tx.id)).map((d) => d.status)).toEqual([500, 200, 200]);
    expect(await f.sandbox.control.deliverAgain(123)).toBeNull();
  });
});

describe('faults and the control endpoint', () => {
  it('logs API requests with their headers and bodies', async () => {
    const body = intentionBody(f.merchant.url);
    await postJson(`${f.sandbox.url}/v1/intention/`, body, auth);
    const [logged] = f.sandbox.control.requests();
    expect(logged).toMatchObject({ method: 'POST', path: '/v1/intention/', body });
    expect(logged?.headers.authorization).toBe(auth.authorization);
  });

  it('answers 503 when down, drops the connection in reset mode, and delays answers', async () => {
    f.sandbox.control.setDown(true);
    expect((await postJson(`${f.sandbox.url}/v1/intention/`, intentionBody(f.merchant.url), auth)).status).toBe(503);
    f.sandbox.control.setMode('reset');
    await expect(postJson(`${f.sandbox.url}/v1/intention/`, intentionBody(f.merchant.url), auth)).rejects.toThrow();
    f.sandbox.control.setMode('ok');
    f.sandbox.control.setLatency(120);
    const started = Date.now();
    expect((await postJson(`${f.sandbox.url}/v1/intention/`, intentionBody(f.merchant.url), auth)).status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(115);
  });

  it('is driven over HTTP too, and the control endpoint ignores faults', async () => {
    const control = (body: unknown) => postJson(`${f.sandbox.url}/__sandbox/control`, body);
    expect(await control({ action: 'setDown', down: true })).toEqual({ status: 200, json: { result: null } });
    expect((await postJson(`${f.sandbox.url}/v1/intention/`, intentionBody(f.merchant.url), auth)).status).toBe(503);
    expect((await control({ action: 'setMode', mode: 'ok' })).status).toBe(200);
    const i = await createIntention(f);
    const n = f.merchant.received.length;
    const paid = await control({ action: 'pay', intention: i.id, card: PAYMOB_TEST_CARDS.declined });
    expect(paid.json.result).toMatchObject({ success: false, order: { merchant_order_id: i.special_reference } });
    await f.merchant.waitFor(n + 1);
    expect((await control({ action: 'requests' })).json.result).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/v1/intention/' })]));
    expect((await control({ action: 'pay', intention: 'pi_test_unknown', card: '1' })).status).toBe(404);
    expect((await control({ action: 'explode' })).status).toBe(400);
    expect((await control({ action: 'setDuplicateCallbacks', n: 0 })).status).toBe(400);
  });
});
