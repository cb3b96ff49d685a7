import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ProviderRejectedError, ProviderUnavailableError } from '../errors';
import { createProviderBreaker } from '../resilience/provider-breaker';
import { startTestServer, type Handler, type TestServer } from '../testing/http-server';
import { createFawryClient } from './client';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const MC = 'is0N+YQzlE4=';
const KEY = 'fawry-test-key';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

async function setup(h: Handler) {
  server = await startTestServer(h);
  const b = createProviderBreaker('fawry', { backoff: { initialDelayMs: 1, maxDelayMs: 5 } });
  const client = createFawryClient({ baseUrl: server.url, merchantCode: MC, secureKey: KEY, timeoutMs: 2000, breaker: b });
  return { s: server, client, b };
}

const expiresAt = new Date('2026-12-03T10:00:00.000Z');
const chargeInput = {
  paymentId: 'pay_01HX',
  amount: 84050,
  customerProfileId: 'cust_7',
  customerMobile: '01001234567',
  customerEmail: 'mona@example.eg',
  customerName: 'Mona Zaki',
  description: 'MedCard top-up',
  expiresAt,
  notificationUrl: 'https://api.healthpay.example/webhooks/fawry',
  language: 'ar-eg' as const,
};

const chargeOk = {
  type: 'ChargeResponse',
  referenceNumber: '100163201',
  merchantRefNumber: 'pay_01HX',
  orderAmount: 840.5,
  paymentAmount: 840.5,
  orderStatus: 'UNPAID',
  paymentMethod: 'PAYATFAWRY',
  expirationTime: 1796292000000,
  statusCode: 200,
  statusDescription: 'Operation done successfully',
};

const statusOk = (over: Record<string, unknown> = {}) => ({
  type: 'PaymentStatusResponse',
  referenceNumber: '100163201',
  merchantRefNumber: 'pay_01HX',
  orderAmount: 840.5,
  paymentAmount: 840.5,
  fawryFees: 0.0,
  orderStatus: 'UNPAID',
  paymentMethod: 'PAYATFAWRY',
  expirationTime: 1796292000000,
  statusCode: 200,
  statusDescription: 'Operation done successfully',
  ...over,
});

describe('charge', () => {
  it('posts a signed PAYATFAWRY charge with two-decimal amounts as JSON numbers', async () => {
    const { s, client } = await setup(() => ({ status: 200, body: chargeOk }));
    const r = await client.charge(chargeInput);
    expect(r).toEqual({ referenceNumber: '100163201', expiresAt: new Date(1796292000000), status: 'UNPAID', raw: chargeOk });

    const [req] = s.seen;
    expect(req).toMatchObject({ method: 'POST', url: '/ECommerceWeb/Fawry/payments/charge' });
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.text).toContain('"amount":840.50');
    expect(req?.text).toContain('"price":840.50');
    expect(req?.json).toEqual({
      merchantCode: MC,
      merchantRefNum: 'pay_01HX',
      customerProfileId: 'cust_7',
      customerMobile: '01001234567',
      customerEmail: 'mona@example.eg',
      customerName: 'Mona Zaki',
      paymentMethod: 'PAYATFAWRY',
      amount: 840.5,
      currencyCode: 'EGP',
      description: 'MedCard top-up',
      language: 'ar-eg',
      paymentExpiry: expiresAt.getTime(),
      chargeItems: [{ itemId: 'pay_01HX', description: 'MedCard top-up', price: 840.5, quantity: 1 }],
      orderWebHookUrl: chargeInput.notificationUrl,
      signature: sha256(`${MC}pay_01HXcust_7PAYATFAWRY840.50${KEY}`),
    });
  });

  it('writes whole amounts with their two decimals too', async () => {
    const { s, client } = await setup(() => ({ status: 200, body: chargeOk }));
    await client.charge({ ...chargeInput, amount: 84000, customerEmail: undefined });
    expect(s.seen[0]?.text).toContain('"amount":840.00');
    expect(s.seen[0]?.json).not.toHaveProperty('customerEmail');
  });

  it('is retried on a server error (Fawry refuses a duplicate merchantRefNum)', async () => {
    const { s, client } = await setup((_, i) => (i === 0 ? { status: 503 } : { status: 200, body: chargeOk }));
    await expect(client.charge(chargeInput)).resolves.toMatchObject({ referenceNumber: '100163201' });
    expect(s.seen).toHaveLength(2);
    expect(s.seen[1]?.text).toBe(s.seen[0]?.text);
  });

  it('returns the existing charge when Fawry refuses a duplicate of it', async () => {
    const { s, client } = await setup((req) =>
      req.url.startsWith('/ECommerceWeb/Fawry/payments/charge')
        ? { status: 200, body: { type: 'ChargeResponse', statusCode: 9954, statusDescription: 'Duplicate merchant reference number' } }
        : { status: 200, body: statusOk() },
    );
    const r = await client.charge(chargeInput);
    expect(r).toMatchObject({ referenceNumber: '100163201', status: 'UNPAID', expiresAt: new Date(1796292000000) });
    expect(s.seen.map((q) => q.url.split('?')[0])).toEqual([
      '/ECommerceWeb/Fawry/payments/charge',
      '/ECommerceWeb/Fawry/payments/status/v2',
    ]);
  });

  it('does not pass off an existing charge of another amount as this one', async () => {
    const { client } = await setup((req) =>
      req.url.startsWith('/ECommerceWeb/Fawry/payments/charge')
        ? { status: 200, body: { statusCode: 9954, statusDescription: 'Duplicate' } }
        : { status: 200, body: statusOk({ orderAmount: 100.0, paymentAmount: 100.0 }) },
    );
    const e = await client.charge(chargeInput).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProviderRejectedError);
    expect(e).toMatchObject({ provider: 'fawry', status: 9954 });
  });

  it('surfaces any other refusal as ProviderRejectedError, unretried, breaker closed', async () => {
    const { s, client, b } = await setup((req) =>
      req.url.startsWith('/ECommerceWeb/Fawry/payments/charge')
        ? { status: 200, body: { type: 'ChargeResponse', statusCode: 9946, statusDescription: 'INVALID_SIGNATURE' } }
        : { status: 200, body: { statusCode: 9938, statusDescription: 'payment not found' } },
    );
    const e = await client.charge(chargeInput).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProviderRejectedError);
    expect(e).toMatchObject({ status: 9946, body: { statusDescription: 'INVALID_SIGNATURE' } });
    expect(s.seen.filter((q) => q.url.includes('/charge'))).toHaveLength(1);
    expect(b.state()).toBe('closed');
  });
});

describe('status', () => {
  it('GETs status v2 with a signed query and reports amounts in two decimals', async () => {
    const { s, client } = await setup(() => ({ status: 200, body: statusOk({ orderStatus: 'PAID', paymentAmount: 840.0, orderAmount: 840.0 }) }));
    const r = await client.status({ paymentId: 'pay_01HX' });
    expect(r).toMatchObject({ found: true, status: 'PAID', referenceNumber: '100163201', paymentAmount: '840.00', orderAmount: '840.00', paymentMethod: 'PAYATFAWRY' });
    const url = new URL(s.seen[0]?.url ?? '', s.url);
    expect(url.pathname).toBe('/ECommerceWeb/Fawry/payments/status/v2');
    expect(url.searchParams.get('merchantCode')).toBe(MC);
    expect(url.searchParams.get('merchantRefNumber')).toBe('pay_01HX');
    expect(url.searchParams.get('signature')).toBe(sha256(`${MC}pay_01HX${KEY}`));
  });

  it('reads V1-style answers (paymentStatus) too', async () => {
    const { client } = await setup(() => ({ status: 200, body: statusOk({ orderStatus: undefined, paymentStatus: 'EXPIRED', orderAmount: undefined, paymentAmount: '20.00' }) }));
    await expect(client.status({ paymentId: 'pay_01HX' })).resolves.toMatchObject({ status: 'EXPIRED', orderAmount: '20.00' });
  });

  it('answers found: false for an unknown payment (statusCode 9938, or HTTP 404)', async () => {
    const { s, client } = await setup(() => ({ status: 200, body: { type: 'PaymentStatusResponse', statusCode: 9938, statusDescription: 'Payment not found' } }));
    await expect(client.status({ paymentId: 'nope' })).resolves.toEqual({ found: false });
    s.handle(() => ({ status: 404 }));
    await expect(client.status({ paymentId: 'nope' })).resolves.toEqual({ found: false });
  });

  it('is retried on server errors', async () => {
    const { s, client } = await setup((_, i) => (i === 0 ? { status: 500 } : { status: 200, body: statusOk() }));
    await expect(client.status({ paymentId: 'pay_01HX' })).resolves.toMatchObject({ found: true });
    expect(s.seen).toHaveLength(2);
  });
});

describe('refund', () => {
  it('posts a signed refund with a two-decimal amount and the reason', async () => {
    const { s, client } = await setup(() => ({ status: 200, body: { type: 'ResponseDataModel', statusCode: 200, statusDescription: 'Operation done successfully' } }));
    const r = await client.refund({ referenceNumber: '100163201', amount: 10050, reason: 'Cancelled visit' });
    expect(r.accepted).toBe(true);
    expect(s.seen[0]).toMatchObject({ method: 'POST', url: '/ECommerceWeb/Fawry/payments/refund' });
    expect(s.seen[0]?.text).toContain('"refundAmount":100.50');
    expect(s.seen[0]?.json).toEqual({
      merchantCode: MC,
      referenceNumber: '100163201',
      refundAmount: 100.5,
      reason: 'Cancelled visit',
      signature: sha256(`${MC}100163201100.50Cancelled visit${KEY}`),
    });
  });

  it('signs without a reason when there is none', async () => {
    const { s, client } = await setup(() => ({ status: 200, body: { statusCode: 200 } }));
    await client.refund({ referenceNumber: '100163201', amount: 2050 });
    expect(s.seen[0]?.json).toMatchObject({ signature: sha256(`${MC}10016320120.50${KEY}`) });
    expect(s.seen[0]?.json).not.toHaveProperty('reason');
  });

  it('reports a Fawry refusal as accepted: false', async () => {
    const body = { statusCode: 9960, statusDescription: 'Refund amount exceeds paid amount' };
    const { client } = await setup(() => ({ status: 200, body }));
    await expect(client.refund({ referenceNumber: '1', amount: 100 })).resolves.toEqual({ accepted: false, raw: body });
  });

  it('is not retried', async () => {
    const { s, client } = await setup(() => ({ status: 504 }));
    await expect(client.refund({ referenceNumber: '1', amount: 100 })).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(s.seen).toHaveLength(1);
  });
});

describe('dailyReport (sandbox only)', () => {
  it('GETs the report with merchant code, date and signature', async () => {
    const line = { paymentId: 'pay_01HX', providerReference: '100163201', amount: 84050, status: 'paid', refunded: 0 };
    const { s, client } = await setup(() => ({ status: 200, body: { lines: [line] } }));
    await expect(client.dailyReport('2026-12-01')).resolves.toEqual([line]);
    const url = new URL(s.seen[0]?.url ?? '', s.url);
    expect(url.pathname).toBe('/ECommerceWeb/api/report');
    expect(Object.fromEntries(url.searchParams)).toEqual({ merchantCode: MC, date: '2026-12-01', signature: sha256(`${MC}2026-12-01${KEY}`) });
  });
});
