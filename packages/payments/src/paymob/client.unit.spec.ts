import { afterEach, describe, expect, it } from 'vitest';
import { ProviderProtocolError, ProviderRejectedError, ProviderUnavailableError } from '../errors';
import { createProviderBreaker } from '../resilience/provider-breaker';
import { startTestServer, type Handler, type TestServer } from '../testing/http-server';
import { createPaymobClient } from './client';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const breaker = () => createProviderBreaker('paymob', { backoff: { initialDelayMs: 1, maxDelayMs: 5 } });

async function setup(h: Handler, timeoutMs = 2000) {
  server = await startTestServer(h);
  const b = breaker();
  const client = createPaymobClient({
    baseUrl: `${server.url}/`,
    secretKey: 'egy_sk_test_secret',
    publicKey: 'egy_pk_test_public',
    integrationIds: [4097558, 4097559],
    timeoutMs,
    breaker: b,
  });
  return { s: server, client, b };
}

const intentionInput = {
  paymentId: 'pay_01HX',
  amount: 84050,
  currency: 'EGP' as const,
  billing: { firstName: 'Mona', lastName: 'Zaki', phone: '+201001234567', email: 'mona@example.eg' },
  notificationUrl: 'https://api.healthpay.example/webhooks/paymob',
  redirectionUrl: 'https://app.healthpay.example/pay/return',
  itemName: 'MedCard top-up',
};

const transaction = (over: Record<string, unknown> = {}) => ({
  id: 192036466,
  pending: false,
  amount_cents: 20000,
  success: true,
  is_auth: false,
  is_capture: false,
  is_standalone_payment: false,
  is_voided: false,
  is_refunded: true,
  is_3d_secure: false,
  integration_id: 4097558,
  has_parent_transaction: true,
  error_occured: false,
  currency: 'EGP',
  created_at: '2024-06-13T12:00:00.000001',
  owner: 302852,
  order: { id: 217503754, merchant_order_id: 'pay_01HX' },
  source_data: { pan: '2346', type: 'card', sub_type: 'MasterCard' },
  parent_transaction: 192036465,
  ...over,
});

describe('createIntention', () => {
  it('posts the intention Paymob expects and builds the unified checkout URL', async () => {
    const { s, client } = await setup(() => ({
      status: 201,
      body: { id: 'pi_test_abc', client_secret: 'egy_csk_test_xyz', intention_order_id: 217503754, special_reference: 'pay_01HX' },
    }));
    const r = await client.createIntention(intentionInput);
    expect(r).toEqual({
      intentionId: 'pi_test_abc',
      clientSecret: 'egy_csk_test_xyz',
      orderId: '217503754',
      checkoutUrl: `${s.url}/unifiedcheckout/?publicKey=egy_pk_test_public&clientSecret=egy_csk_test_xyz`,
    });
    const [req] = s.seen;
    expect(req?.method).toBe('POST');
    expect(req?.url).toBe('/v1/intention/');
    expect(req?.headers.authorization).toBe('Token egy_sk_test_secret');
    expect(req?.headers['content-type']).toBe('application/json');
    const body = req?.json as Record<string, unknown> & { items: { amount: number; quantity: number }[] };
    expect(body).toMatchObject({
      amount: 84050,
      currency: 'EGP',
      payment_methods: [4097558, 4097559],
      special_reference: 'pay_01HX',
      notification_url: intentionInput.notificationUrl,
      redirection_url: intentionInput.redirectionUrl,
      billing_data: {
        first_name: 'Mona',
        last_name: 'Zaki',
        phone_number: '+201001234567',
        email: 'mona@example.eg',
        apartment: 'NA',
        building: 'NA',
        city: 'NA',
        country: 'NA',
        floor: 'NA',
        postal_code: 'NA',
        state: 'NA',
        street: 'NA',
      },
    });
    expect(body.items.reduce((sum, i) => sum + i.amount * i.quantity, 0)).toBe(84050);
    expect(body.items[0]).toEqual({ name: 'MedCard top-up', amount: 84050, description: 'MedCard top-up', quantity: 1 });
  });

  it('reports a missing order id as null', async () => {
    const { client } = await setup(() => ({ status: 201, body: { id: 'pi_1', client_secret: 'cs_1', intention_order_id: null } }));
    expect((await client.createIntention(intentionInput)).orderId).toBeNull();
  });

  it('is not retried: one request even when Paymob answers 503', async () => {
    const { s, client } = await setup(() => ({ status: 503 }));
    const e = await client.createIntention(intentionInput).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProviderUnavailableError);
    expect((e as ProviderUnavailableError).reason).toBe('server-error');
    expect(s.seen).toHaveLength(1);
  });

  it('surfaces a 4xx as ProviderRejectedError with the body, leaving the breaker closed', async () => {
    const detail = { detail: 'Integration ID/Name does not exist in our system' };
    const { client, b } = await setup(() => ({ status: 404, body: detail }));
    const e = await client.createIntention(intentionInput).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProviderRejectedError);
    expect(e).toMatchObject({ provider: 'paymob', status: 404, body: detail });
    expect(b.state()).toBe('closed');
  });

  it('refuses a fractional or non-positive amount before calling Paymob', async () => {
    const { s, client } = await setup(() => ({ status: 201, body: {} }));
    await expect(client.createIntention({ ...intentionInput, amount: 840.5 })).rejects.toThrow(RangeError);
    await expect(client.createIntention({ ...intentionInput, amount: 0 })).rejects.toThrow(RangeError);
    expect(s.seen).toHaveLength(0);
  });

  it('treats a 2xx that is not JSON, or lacks client_secret, as a protocol error', async () => {
    const { s, client } = await setup(() => ({ status: 200, raw: '<html>ok</html>' }));
    await expect(client.createIntention(intentionInput)).rejects.toBeInstanceOf(ProviderProtocolError);
    s.handle(() => ({ status: 201, body: { id: 'pi_1' } }));
    await expect(client.createIntention(intentionInput)).rejects.toBeInstanceOf(ProviderProtocolError);
  });

  it('gives up on a silent Paymob within the timeout', async () => {
    const { client } = await setup(() => 'hang', 100);
    const started = Date.now();
    const e = await client.createIntention(intentionInput).catch((x: unknown) => x);
    expect((e as ProviderUnavailableError).reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('refund and void', () => {
  it('refunds by transaction id and amount in piasters, and maps the refund transaction', async () => {
    const { s, client } = await setup(() => ({ status: 200, body: transaction() }));
    const r = await client.refund({ transactionId: '192036465', amount: 20000 });
    expect(s.seen[0]).toMatchObject({ method: 'POST', url: '/api/acceptance/void_refund/refund' });
    expect(s.seen[0]?.headers.authorization).toBe('Token egy_sk_test_secret');
    expect(s.seen[0]?.json).toEqual({ transaction_id: '192036465', amount_cents: 20000 });
    expect(r).toMatchObject({ transactionId: '192036466', success: true, pending: false, amount: 20000, parentTransactionId: '192036465' });
    expect(r.raw).toMatchObject({ id: 192036466 });
  });

  it('does not retry a refund', async () => {
    const { s, client } = await setup(() => ({ status: 502 }));
    await expect(client.refund({ transactionId: '1', amount: 100 })).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(s.seen).toHaveLength(1);
  });

  it('voids by transaction id', async () => {
    const { s, client } = await setup(() => ({ status: 200, body: transaction({ id: 555, is_voided: true, parent_transaction: null }) }));
    const r = await client.void({ transactionId: '192036465' });
    expect(s.seen[0]).toMatchObject({ method: 'POST', url: '/api/acceptance/void_refund/void' });
    expect(s.seen[0]?.json).toEqual({ transaction_id: '192036465' });
    expect(r).toMatchObject({ transactionId: '555', parentTransactionId: null });
  });
});

describe('inquire', () => {
  it('looks the payment up by merchant_order_id', async () => {
    const { s, client } = await setup(() => ({ status: 200, body: transaction({ id: 192036465, is_refunded: false, parent_transaction: null }) }));
    const r = await client.inquire({ paymentId: 'pay_01HX' });
    expect(s.seen[0]).toMatchObject({ method: 'POST', url: '/api/ecommerce/orders/transaction_inquiry' });
    expect(s.seen[0]?.json).toEqual({ merchant_order_id: 'pay_01HX' });
    expect(r.found && r.transaction.id).toBe(192036465);
    expect(r.found && r.transaction.order.merchant_order_id).toBe('pay_01HX');
  });

  it('answers found: false on 404', async () => {
    const { client } = await setup(() => ({ status: 404, body: { detail: 'Not found.' } }));
    await expect(client.inquire({ paymentId: 'pay_missing' })).resolves.toEqual({ found: false });
  });

  it('is retried on server errors', async () => {
    const { s, client } = await setup((_, i) => (i < 2 ? { status: 500 } : { status: 200, body: transaction() }));
    await expect(client.inquire({ paymentId: 'pay_01HX' })).resolves.toMatchObject({ found: true });
    expect(s.seen).toHaveLength(3);
  });
});

describe('dailyReport (sandbox only)', () => {
  const line = { paymentId: 'pay_01HX', providerReference: '192036465', amount: 84050, status: 'paid', refunded: 0 };

  it('GETs the report for a date and parses a bare array or { lines }', async () => {
    const { s, client } = await setup((_, i) => ({ status: 200, body: i === 0 ? [line] : { lines: [line] } }));
    await expect(client.dailyReport('2026-12-01')).resolves.toEqual([line]);
    await expect(client.dailyReport('2026-12-01')).resolves.toEqual([line]);
    expect(s.seen[0]).toMatchObject({ method: 'GET', url: '/api/acceptance/report?date=2026-12-01' });
    expect(s.seen[0]?.headers.authorization).toBe('Token egy_sk_test_secret');
  });

  it('refuses a malformed date before calling, and a report with float amounts after', async () => {
    const { s, client } = await setup(() => ({ status: 200, body: [{ ...line, amount: 840.5 }] }));
    await expect(client.dailyReport('1/12/2026')).rejects.toThrow();
    expect(s.seen).toHaveLength(0);
    await expect(client.dailyReport('2026-12-01')).rejects.toBeInstanceOf(ProviderProtocolError);
  });
});
