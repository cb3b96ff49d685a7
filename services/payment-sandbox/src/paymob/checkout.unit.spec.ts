import { verifyPaymobProcessed, verifyPaymobResponse } from '@healthpay/payments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntention, PAYMOB_KEYS, paymobFixture, type PaymobFixture } from '../testing/paymob';
import { PAYMOB_TEST_CARDS, PAYMOB_TEST_WALLET } from './test-cards';

let f: PaymobFixture;
beforeAll(async () => {
  f = await paymobFixture();
});
afterAll(() => f.stop());

const PAYMOB_CREATED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+0[23]:00$/;

function submit(path: string, fields: Record<string, string>) {
  return fetch(`${f.sandbox.url}${path}`, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
}

async function payByCard(clientSecret: string, card: string) {
  return submit('/unifiedcheckout/pay', { publicKey: PAYMOB_KEYS.publicKey, clientSecret, method: 'card', card_number: card, expiry: '12/30', cvv: '123', cardholder: 'Mona Hassan' });
}

/** The next processed callback: its obj, after checking the hmac with the recipe. */
async function callbackNumber(n: number) {
  const r = (await f.merchant.waitFor(n))[n - 1];
  if (!r) throw new Error('no callback');
  const { type, obj } = r.json as { type: string; obj: Record<string, unknown> & { data: { message: string } } };
  expect(type).toBe('TRANSACTION');
  expect(r.path).toBe('/paymob/callback');
  expect(verifyPaymobProcessed(obj, r.query.get('hmac'), PAYMOB_KEYS.hmacSecret)).toBe(true);
  expect(verifyPaymobProcessed(obj, r.query.get('hmac'), 'another-secret')).toBe(false);
  expect(obj.created_at).toMatch(PAYMOB_CREATED_AT);
  return obj;
}

function redirectQuery(res: Response): URLSearchParams {
  expect(res.status).toBe(303);
  const location = new URL(res.headers.get('location') ?? '');
  expect(location.pathname).toBe('/paymob/return');
  expect(verifyPaymobResponse(location.searchParams, PAYMOB_KEYS.hmacSecret)).toBe(true);
  return location.searchParams;
}

describe('hosted checkout', () => {
  it('shows the form and the test cards, escaping what it shows', async () => {
    const i = await createIntention(f, { items: [{ name: '<script>x</script>', amount: 84_000, quantity: 1 }] });
    const res = await fetch(`${f.sandbox.url}/unifiedcheckout/?publicKey=${PAYMOB_KEYS.publicKey}&clientSecret=${i.client_secret}`);
    const page = await res.text();
    expect(res.status).toBe(200);
    expect(page).toContain('<html lang="en" dir="ltr">');
    for (const card of Object.values(PAYMOB_TEST_CARDS)) expect(page).toContain(card);
    expect(page).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(page).not.toContain('<script>');
  });

  it('refuses a wrong public key or client secret with an error page', async () => {
    const i = await createIntention(f);
    const badKey = await fetch(`${f.sandbox.url}/unifiedcheckout/?publicKey=nope&clientSecret=${i.client_secret}`);
    expect(badKey.status).toBe(404);
    expect(badKey.headers.get('content-type')).toContain('text/html');
    const badSecret = await fetch(`${f.sandbox.url}/unifiedcheckout/?publicKey=${PAYMOB_KEYS.publicKey}&clientSecret=egy_csk_test_x`);
    expect(badSecret.status).toBe(404);
  });

  it('approves the success card: signed callback, signed redirect with `order`', async () => {
    const i = await createIntention(f);
    const n = f.merchant.received.length + 1;
    const query = redirectQuery(await payByCard(i.client_secret, PAYMOB_TEST_CARDS.success));
    const obj = await callbackNumber(n);
    expect(obj).toMatchObject({ success: true, pending: false, amount_cents: 84_000, is_3d_secure: false, has_parent_transaction: false, error_occured: false, integration_id: 4900001 });
    expect(obj.source_data).toEqual({ pan: '8769', type: 'card', sub_type: 'Visa', tenure: null });
    expect(obj.order).toMatchObject({ id: i.intention_order_id, merchant_order_id: i.special_reference });
    expect(query.get('order')).toBe(String(i.intention_order_id));
    expect(query.get('id')).toBe(String(obj.id));
    expect(query.get('success')).toBe('true');
    expect(query.get('created_at')).toBe(obj.created_at);
  });

  it('declines the decline card', async () => {
    const i = await createIntention(f);
    const n = f.merchant.received.length + 1;
    const query = redirectQuery(await payByCard(i.client_secret, PAYMOB_TEST_CARDS.declined));
    const obj = await callbackNumber(n);
    expect(obj).toMatchObject({ success: false, data: { txn_response_code: 'DECLINED' } });
    expect(query.get('success')).toBe('false');
  });

  it('takes the 3-D Secure card through the authentication step, which fails', async () => {
    const i = await createIntention(f);
    const before = f.merchant.received.length;
    const toStep = await payByCard(i.client_secret, PAYMOB_TEST_CARDS.threeDsFails);
    expect(toStep.status).toBe(303);
    const stepUrl = new URL(toStep.headers.get('location') ?? '', f.sandbox.url);
    const stepPage = await (await fetch(stepUrl)).text();
    expect(stepPage).toContain('Complete authentication');
    expect(f.merchant.received.length).toBe(before);
    const query = redirectQuery(await submit('/unifiedcheckout/3ds', { token: stepUrl.searchParams.get('token') ?? '' }));
    const obj = await callbackNumber(before + 1);
    expect(obj).toMatchObject({ success: false, is_3d_secure: true, data: { message: '3DS authentication failed' } });
    expect(query.get('is_3d_secure')).toBe('true');
  });

  it('pays by wallet with the phone number as pan', async () => {
    const i = await createIntention(f);
    const n = f.merchant.received.length + 1;
    const res = await submit('/unifiedcheckout/pay', { publicKey: PAYMOB_KEYS.publicKey, clientSecret: i.client_secret, method: 'wallet', phone: PAYMOB_TEST_WALLET });
    redirectQuery(res);
    const obj = await callbackNumber(n);
    expect(obj).toMatchObject({ success: true, source_data: { pan: PAYMOB_TEST_WALLET, type: 'wallet', sub_type: 'wallet' } });
  });

  it('re-renders the form on bad card details and refuses paying twice', async () => {
    const i = await createIntention(f);
    const bad = await submit('/unifiedcheckout/pay', { publicKey: PAYMOB_KEYS.publicKey, clientSecret: i.client_secret, method: 'card', card_number: '12', expiry: '1/1', cvv: 'x', cardholder: '"><b>' });
    expect(bad.status).toBe(400);
    const page = await bad.text();
    expect(page).toContain('role="alert"');
    expect(page).toContain('&quot;&gt;&lt;b&gt;');
    const n = f.merchant.received.length + 1;
    const tx = f.sandbox.control.pay(i.id, PAYMOB_TEST_CARDS.success);
    expect(tx.success).toBe(true);
    expect((await callbackNumber(n)).id).toBe(tx.id);
    const again = await payByCard(i.client_secret, PAYMOB_TEST_CARDS.success);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('already been completed');
  });
});
