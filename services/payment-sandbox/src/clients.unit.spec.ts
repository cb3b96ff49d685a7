import { createFawryClient, createPaymobClient, verifyFawryNotification, verifyPaymobProcessed } from '@healthpay/payments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cairoDate } from './time/cairo';
import { FAWRY_KEYS, fawryFixture, type FawryFixture } from './testing/fawry';
import { PAYMOB_KEYS, paymobFixture, type PaymobFixture } from './testing/paymob';
import { PAYMOB_TEST_CARDS } from './paymob/test-cards';

/** The @healthpay/payments clients against the sandboxes: the contract both sides rely on. */
let paymob: PaymobFixture;
let fawry: FawryFixture;
beforeAll(async () => {
  [paymob, fawry] = await Promise.all([paymobFixture(), fawryFixture()]);
});
afterAll(() => Promise.all([paymob.stop(), fawry.stop()]));

describe('Paymob client against the sandbox', () => {
  it('creates an intention, sees the payment, refunds it and reports it', async () => {
    const client = createPaymobClient({ baseUrl: paymob.sandbox.url, secretKey: PAYMOB_KEYS.secretKey, publicKey: PAYMOB_KEYS.publicKey, integrationIds: PAYMOB_KEYS.integrationIds });
    const paymentId = `client_${process.pid}_paymob`;
    const intention = await client.createIntention({
      paymentId,
      amount: 84_000,
      currency: 'EGP',
      billing: { firstName: 'Mona', lastName: 'Hassan', phone: '+201001234567', email: 'mona@example.com' },
      notificationUrl: `${paymob.merchant.url}/paymob/callback`,
      redirectionUrl: `${paymob.merchant.url}/paymob/return`,
      itemName: 'Clinic visit',
    });
    expect((await fetch(intention.checkoutUrl)).status).toBe(200);
    expect(await client.inquire({ paymentId })).toEqual({ found: false });
    const tx = paymob.sandbox.control.pay(intention.clientSecret, PAYMOB_TEST_CARDS.success);
    const [callback] = await paymob.merchant.waitFor(1);
    expect(verifyPaymobProcessed((callback?.json as { obj: unknown }).obj, callback?.query.get('hmac'), PAYMOB_KEYS.hmacSecret)).toBe(true);
    expect(await client.inquire({ paymentId })).toMatchObject({ found: true, transaction: { id: tx.id, success: true } });
    expect(await client.refund({ transactionId: String(tx.id), amount: 4_000 })).toMatchObject({ success: true, amount: 4_000, parentTransactionId: String(tx.id) });
    expect(await client.dailyReport(tx.created_at.slice(0, 10))).toContainEqual({ paymentId, providerReference: String(tx.id), amount: 84_000, status: 'partially_refunded', refunded: 4_000 });
  });
});

describe('Fawry client against the sandbox', () => {
  it('charges, sees the outlet payment, refunds it and reports it', async () => {
    const client = createFawryClient({ baseUrl: fawry.sandbox.url, ...FAWRY_KEYS });
    const paymentId = `client_${process.pid}_fawry`;
    const input = {
      paymentId,
      amount: 84_050,
      customerProfileId: 'patient-7',
      customerMobile: '01001234567',
      customerName: 'Mona Hassan',
      description: 'Clinic visit',
      expiresAt: new Date(Date.now() + 3_600_000),
      notificationUrl: `${fawry.merchant.url}/fawry/notify`,
      language: 'en-gb' as const,
    };
    const charged = await client.charge(input);
    expect(charged.referenceNumber).toMatch(/^\d{9}$/);
    // A retried charge finds the existing one instead of failing on the duplicate merchantRefNum.
    expect((await client.charge(input)).referenceNumber).toBe(charged.referenceNumber);
    expect(fawry.sandbox.control.payAtOutlet(charged.referenceNumber).outcome).toBe('paid');
    const [note] = await fawry.merchant.waitFor(1);
    expect(verifyFawryNotification(note?.json, FAWRY_KEYS.secureKey)).toBe(true);
    expect(await client.status({ paymentId })).toMatchObject({ found: true, status: 'PAID', referenceNumber: charged.referenceNumber, paymentAmount: '840.50' });
    expect((await client.refund({ referenceNumber: charged.referenceNumber, amount: 50, reason: 'Rounding' })).accepted).toBe(true);
    expect(await client.dailyReport(cairoDate(new Date()))).toContainEqual({ paymentId, providerReference: charged.referenceNumber, amount: 84_050, status: 'partially_refunded', refunded: 50 });
    expect(await client.status({ paymentId: 'nobody' })).toEqual({ found: false });
  });
});
