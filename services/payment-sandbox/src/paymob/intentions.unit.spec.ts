import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, intentionBody, paymobFixture, postJson, type PaymobFixture } from '../testing/paymob';

let f: PaymobFixture;
beforeAll(async () => {
  f = await paymobFixture();
});
afterAll(() => f.stop());

const create = (body: unknown, headers: Record<string, string> = auth) => postJson(`${f.sandbox.url}/v1/intention/`, body, headers);

describe('POST /v1/intention/', () => {
  it('answers 201 with Paymob’s intention shape', async () => {
    const body = intentionBody(f.merchant.url);
    const { status, json } = await create(body);
    expect(status).toBe(201);
    expect(json).toMatchObject({ amount: 84_000, currency: 'EGP', status: 'intended', special_reference: body.special_reference, confirmed: false });
    expect(json.id).toMatch(/^pi_test_[0-9a-f]{32}$/);
    expect(json.client_secret).toMatch(/^egy_csk_test_[0-9a-f]{32}$/);
    expect(Number.isInteger(json.intention_order_id)).toBe(true);
    expect(json.payment_keys).toEqual([expect.objectContaining({ integration: 4900001, order_id: json.intention_order_id })]);
    expect(Number.isNaN(Date.parse(String(json.created)))).toBe(false);
  });

  it('refuses a missing or wrong token with 401 {detail}', async () => {
    const missing = await create(intentionBody(f.merchant.url), {});
    expect(missing).toEqual({ status: 401, json: { detail: 'Authentication credentials were not provided.' } });
    const wrong = await create(intentionBody(f.merchant.url), { authorization: 'Token nope' });
    expect(wrong).toEqual({ status: 401, json: { detail: 'Invalid token.' } });
  });

  it('reports missing billing fields like Django REST framework', async () => {
    const { status, json } = await create(intentionBody(f.merchant.url, { billing_data: { first_name: 'Mona', last_name: 'Hassan', email: 'mona@example.com' } }));
    expect(status).toBe(400);
    expect(json).toEqual({ billing_data: { phone_number: ['This field is required.'] } });
  });

  it('refuses items that do not add up to the amount, and a non-positive amount', async () => {
    const items = [{ name: 'A', amount: 40_000, quantity: 2 }, { name: 'B', amount: 1, quantity: 1 }];
    const mismatch = await create(intentionBody(f.merchant.url, { items }));
    expect(mismatch.status).toBe(400);
    expect(String(mismatch.json.detail)).toContain('80001');
    const zero = await create(intentionBody(f.merchant.url, { amount: 0, items: [] }));
    expect(zero.status).toBe(400);
    expect(zero.json.amount).toEqual(['Ensure this value is greater than 0.']);
  });

  it('refuses an integration id that is not ours with Paymob’s 404', async () => {
    const { status, json } = await create(intentionBody(f.merchant.url, { payment_methods: [123] }));
    expect(status).toBe(404);
    expect(String(json.detail)).toContain('Integration ID/Name does not exist');
  });

  it('refuses a second intention with the same special_reference', async () => {
    const body = intentionBody(f.merchant.url);
    expect((await create(body)).status).toBe(201);
    const again = await create(body);
    expect(again.status).toBe(400);
    expect(String(again.json.detail)).toMatch(/duplicate special_reference/i);
  });

  it('answers junk with 400 and oversized bodies with 413, and keeps serving', async () => {
    expect((await create('{not json', auth)).status).toBe(400);
    expect((await create('[1,2]', auth)).status).toBe(400);
    const huge = JSON.stringify({ ...intentionBody(f.merchant.url), extras: { blob: 'x'.repeat(70 * 1024) } });
    expect((await create(huge, auth)).status).toBe(413);
    expect((await create(intentionBody(f.merchant.url))).status).toBe(201);
  });
});
