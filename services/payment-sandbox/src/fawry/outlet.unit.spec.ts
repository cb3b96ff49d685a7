import { verifyFawryNotification } from '@healthpay/payments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCharge, FAWRY_KEYS, fawryFixture, type FawryFixture } from '../testing/fawry';

let f: FawryFixture;
beforeAll(async () => {
  f = await fawryFixture();
});
afterAll(() => f.stop());

type Notification = Record<string, unknown> & { orderStatus: string; fawryRefNumber: string };

async function notificationNumber(n: number): Promise<Notification> {
  const r = (await f.merchant.waitFor(n))[n - 1];
  expect(r?.path).toBe('/fawry/notify');
  expect(verifyFawryNotification(r?.json, FAWRY_KEYS.secureKey)).toBe(true);
  expect(verifyFawryNotification(r?.json, 'another-key')).toBe(false);
  return r?.json as Notification;
}

const outlet = (reference: string) => fetch(`${f.sandbox.url}/outlet?referenceNumber=${encodeURIComponent(reference)}`).then(async (r) => ({ status: r.status, page: await r.text() }));

describe('Fawry outlet', () => {
  it('looks the code up, takes the payment and notifies the merchant (V2, signed)', async () => {
    const { referenceNumber, merchantRefNum } = await createCharge(f);
    const lookup = await outlet(referenceNumber);
    expect(lookup.page).toContain('EGP 840.00');
    expect(lookup.page).toContain('Pay at outlet');
    const n = f.merchant.received.length + 1;
    const pay = await fetch(`${f.sandbox.url}/outlet/pay`, { method: 'POST', body: new URLSearchParams({ referenceNumber }), redirect: 'manual' });
    expect(pay.status).toBe(303);
    const after = await (await fetch(new URL(pay.headers.get('location') ?? '', f.sandbox.url))).text();
    expect(after).toContain('Payment received');
    expect(after).toContain('PAID');
    expect(after).not.toContain('Pay at outlet');
    const note = await notificationNumber(n);
    expect(note).toMatchObject({
      fawryRefNumber: referenceNumber,
      merchantRefNumber: merchantRefNum,
      orderStatus: 'PAID',
      paymentMethod: 'PayAtFawry',
      paymentAmount: 840,
      orderAmount: 840,
      fawryFees: 0,
      customerMerchantId: 'patient-7',
      customerMobile: '01001234567',
      orderItems: [{ itemCode: merchantRefNum, price: 840, quantity: 1 }],
    });
    expect(note.paymentRefrenceNumber).toMatch(/^\d{8}$/);
    expect(typeof note.paymentTime).toBe('number');
    expect(f.sandbox.control.payAtOutlet(referenceNumber).outcome).toBe('not_payable');
  });

  it('expires a code on demand: EXPIRED notification, and it can no longer be paid', async () => {
    const { referenceNumber } = await createCharge(f);
    const n = f.merchant.received.length + 1;
    expect(f.sandbox.control.expire(referenceNumber)).toMatchObject({ outcome: 'expired', charge: { status: 'EXPIRED' } });
    const note = await notificationNumber(n);
    expect(note).toMatchObject({ orderStatus: 'EXPIRED', fawryRefNumber: referenceNumber });
    expect(note.paymentRefrenceNumber).toBeUndefined();
    expect(f.sandbox.control.payAtOutlet(referenceNumber)).toMatchObject({ outcome: 'expired' });
    const page = (await outlet(referenceNumber)).page;
    expect(page).toContain('expired and cannot be paid');
    expect(page).not.toContain('Pay at outlet');
    expect(f.sandbox.control.expire(referenceNumber).outcome).toBe('not_unpaid');
  });

  it('expires a code whose expiry time has passed', async () => {
    const n = f.merchant.received.length + 1;
    const { referenceNumber } = await createCharge(f, { paymentExpiry: Date.now() - 1 });
    expect((await outlet(referenceNumber)).page).toContain('expired and cannot be paid');
    expect(await notificationNumber(n)).toMatchObject({ orderStatus: 'EXPIRED', fawryRefNumber: referenceNumber });
  });

  it('says so for unknown codes, escapes what it echoes, and is driven over HTTP', async () => {
    const unknown = await outlet('<b>123</b>');
    expect(unknown.status).toBe(404);
    expect(unknown.page).toContain('&lt;b&gt;123&lt;/b&gt;');
    expect(unknown.page).toContain('<html lang="en" dir="ltr">');
    const { referenceNumber } = await createCharge(f);
    const n = f.merchant.received.length + 1;
    const res = await fetch(`${f.sandbox.url}/__sandbox/control`, { method: 'POST', body: JSON.stringify({ action: 'payAtOutlet', referenceNumber }) });
    expect(await res.json()).toMatchObject({ result: { outcome: 'paid', charge: { referenceNumber, status: 'PAID' } } });
    expect((await notificationNumber(n)).orderStatus).toBe('PAID');
  });
});
