import { fawryStatusSignature } from '@healthpay/payments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charge, chargeBody, createCharge, FAWRY_KEYS, fawryFixture, type FawryFixture } from '../testing/fawry';

let f: FawryFixture;
beforeAll(async () => {
  f = await fawryFixture();
});
afterAll(() => f.stop());

function status(merchantRefNumber: string, signature = fawryStatusSignature({ merchantCode: FAWRY_KEYS.merchantCode, merchantRefNumber }, FAWRY_KEYS.secureKey)) {
  const url = new URL(`${f.sandbox.url}/ECommerceWeb/Fawry/payments/status/v2`);
  url.search = new URLSearchParams({ merchantCode: FAWRY_KEYS.merchantCode, merchantRefNumber, signature }).toString();
  return fetch(url).then(async (r) => ({ http: r.status, json: (await r.json()) as Record<string, unknown> }));
}

describe('charge', () => {
  it('answers a ChargeResponse with a 9-digit reference number', async () => {
    const before = Date.now();
    const { answer } = await createCharge(f);
    expect(answer).toMatchObject({ type: 'ChargeResponse', orderAmount: 840, paymentAmount: 840, fawryFees: 0, orderStatus: 'UNPAID', paymentMethod: 'PAYATFAWRY', statusCode: 200, statusDescription: 'Operation done successfully' });
    expect(answer.referenceNumber).toMatch(/^[1-9]\d{8}$/);
    expect(Number(answer.expirationTime) - before).toBeGreaterThanOrEqual(24 * 3600 * 1000 - 1000);
  });

  it('checks the signature over the amount in piasters, answering HTTP 200 with Fawry codes', async () => {
    const tampered = { ...chargeBody(f), amount: 840.01 };
    expect(await charge(f, tampered)).toEqual({ status: 200, json: { type: 'ChargeResponse', statusCode: 9946, statusDescription: 'Invalid signature' } });
    expect((await charge(f, { ...chargeBody(f), merchantCode: 'SOMEONE' })).json.statusCode).toBe(9901);
    // 0.3 EGP is not exact as a float; the sandbox still signs it as exactly 30 piasters.
    expect((await charge(f, chargeBody(f, {}, 30))).json.statusCode).toBe(200);
  });

  it('refuses a duplicate merchantRefNum and a non-positive amount', async () => {
    const body = chargeBody(f);
    expect((await charge(f, body)).json.statusCode).toBe(200);
    expect((await charge(f, body)).json).toMatchObject({ statusCode: 9990, statusDescription: 'Duplicate merchant reference number' });
    expect((await charge(f, chargeBody(f, {}, 0))).json.statusCode).toBe(21004);
  });

  it('answers junk with HTTP 400', async () => {
    expect((await charge(f, '{"amount":')).status).toBe(400);
    expect((await charge(f, { merchantCode: FAWRY_KEYS.merchantCode })).status).toBe(400);
  });
});

describe('payment status V2', () => {
  it('answers the order status, and Fawry codes for bad queries', async () => {
    const { referenceNumber, merchantRefNum } = await createCharge(f);
    expect(await status(merchantRefNum)).toMatchObject({ http: 200, json: { type: 'PaymentStatusResponse', statusCode: 200, orderStatus: 'UNPAID', referenceNumber, merchantRefNumber: merchantRefNum, paymentAmount: 840, orderAmount: 840 } });
    f.sandbox.control.payAtOutlet(referenceNumber);
    expect((await status(merchantRefNum)).json).toMatchObject({ orderStatus: 'PAID', paymentMethod: 'PayAtFawry' });
    expect((await status(merchantRefNum, 'bad')).json.statusCode).toBe(9946);
    expect((await status('unknown-ref')).json.statusCode).toBe(9938);
    expect((await status('')).json.statusCode).toBe(9944);
  });
});
