import { createHash } from 'node:crypto';
import { providerReport, verifyFawryNotification } from '@healthpay/payments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cairoDate } from '../time/cairo';
import { createCharge, FAWRY_KEYS, fawryFixture, refundBody, type FawryFixture } from '../testing/fawry';
import { postJson } from '../testing/paymob';

let f: FawryFixture;
beforeAll(async () => {
  f = await fawryFixture();
});
afterAll(() => f.stop());

const refund = (body: unknown) => postJson(`${f.sandbox.url}/ECommerceWeb/Fawry/payments/refund`, body).then((r) => r.json);

async function paidCharge() {
  const c = await createCharge(f);
  const n = f.merchant.received.length + 1;
  f.sandbox.control.payAtOutlet(c.referenceNumber);
  await f.merchant.waitFor(n);
  return c;
}

async function nextNotification(n: number) {
  const r = (await f.merchant.waitFor(n))[n - 1];
  expect(verifyFawryNotification(r?.json, FAWRY_KEYS.secureKey)).toBe(true);
  return r?.json as { orderStatus: string; paymentAmount: number };
}

describe('Fawry refunds', () => {
  it('refunds partially then fully, notifying PARTIAL_REFUNDED then REFUNDED', async () => {
    const { referenceNumber } = await paidCharge();
    const n = f.merchant.received.length + 1;
    expect(await refund(refundBody(referenceNumber, 30_000))).toEqual({ type: 'ResponseDataModel', statusCode: 200, statusDescription: 'Operation done successfully' });
    expect(await nextNotification(n)).toMatchObject({ orderStatus: 'PARTIAL_REFUNDED', paymentAmount: 840 });
    expect((await refund(refundBody(referenceNumber, 54_001))).statusCode).toBe(9935);
    expect((await refund(refundBody(referenceNumber, 54_000))).statusCode).toBe(200);
    expect(await nextNotification(n + 1)).toMatchObject({ orderStatus: 'REFUNDED' });
    expect((await refund(refundBody(referenceNumber, 1))).statusCode).toBe(9954);
  });

  it('refuses unpaid orders, bad signatures and unknown references', async () => {
    const { referenceNumber } = await createCharge(f);
    expect((await refund(refundBody(referenceNumber, 100))).statusCode).toBe(9954);
    expect((await refund({ ...refundBody(referenceNumber, 100), reason: 'changed after signing' })).statusCode).toBe(9946);
    expect((await refund(refundBody('999999999', 100))).statusCode).toBe(9938);
    expect((await postJson(`${f.sandbox.url}/ECommerceWeb/Fawry/payments/refund`, 'junk')).status).toBe(400);
  });
});

describe('Fawry report', () => {
  it('lists the day’s charges as ProviderReportLine[], checking the signature when given', async () => {
    const paid = await paidCharge();
    await refund(refundBody(paid.referenceNumber, 4_000));
    const unpaid = await createCharge(f);
    const day = cairoDate(new Date());
    const signature = createHash('sha256').update(`${FAWRY_KEYS.merchantCode}${day}${FAWRY_KEYS.secureKey}`).digest('hex');
    const res = await fetch(`${f.sandbox.url}/ECommerceWeb/api/report?date=${day}&merchantCode=${FAWRY_KEYS.merchantCode}&signature=${signature}`);
    const lines = providerReport.parse(await res.json());
    expect(lines).toContainEqual({ paymentId: paid.merchantRefNum, providerReference: paid.referenceNumber, amount: 84_000, status: 'partially_refunded', refunded: 4_000 });
    expect(lines).toContainEqual({ paymentId: unpaid.merchantRefNum, providerReference: unpaid.referenceNumber, amount: 84_000, status: 'pending', refunded: 0 });
    expect((await fetch(`${f.sandbox.url}/ECommerceWeb/api/report?date=${day}&merchantCode=${FAWRY_KEYS.merchantCode}&signature=bad`)).status).toBe(401);
    expect((await fetch(`${f.sandbox.url}/ECommerceWeb/api/report?date=bad`)).status).toBe(400);
  });
});
