import { describe, expect, it } from 'vitest';
import { givenFor } from '../testing/decider-given';
import { domainErrorOf } from '../testing/given';
import { AMOUNT, EXPIRES, LATER, PAYMENT_ID, meta, ordered, requested } from '../testing/payment-fixtures';
import { OWNER_ID, T0, WALLET_ID } from '../testing/wallet-events';
import { paymentDecider } from './decider';
import type { PaymentCommand } from './commands';

const { given } = givenFor(paymentDecider);
const request = (over: Partial<Extract<PaymentCommand, { type: 'RequestPayment' }>['data']> = {}, now = T0): PaymentCommand => ({
  type: 'RequestPayment', data: { paymentId: PAYMENT_ID, walletId: WALLET_ID, ownerId: OWNER_ID, provider: 'paymob', amount: AMOUNT, expiresAt: EXPIRES, ...over }, meta: meta(now),
});
const expire = (now = LATER): PaymentCommand => ({ type: 'ExpirePayment', data: { paymentId: PAYMENT_ID }, meta: meta(now) });
const cancel = (): PaymentCommand => ({ type: 'CancelPayment', data: { paymentId: PAYMENT_ID, reason: 'changed my mind' }, meta: meta() });
const recordOrder = (): PaymentCommand => ({
  type: 'RecordPaymentOrder', data: { paymentId: PAYMENT_ID, providerOrderId: 'order-1', providerReference: null, checkoutUrl: 'https://checkout/1', expiresAt: EXPIRES }, meta: meta(),
});

describe('Payment: when nothing exists', () => {
  it('records the request', () => given([]).when(request()).then([requested()]));
  it.each([0, -5, 10.5])('refuses the amount %s', (amount) => given([]).when(request({ amount })).thenThrows('INVALID_AMOUNT'));
  it('refuses an expiry in the past', () => given([]).when(request({ expiresAt: T0 })).thenThrows('INVALID_EXPIRY'));
  it('knows no payment to expire', () => given([]).when(expire()).thenThrows('PAYMENT_NOT_FOUND'));
});

describe('Payment: when requested', () => {
  it('takes the provider order once; a repeat changes nothing', () => {
    given([requested()]).when(recordOrder()).then([ordered()]);
    given([requested(), ordered()]).when(recordOrder()).then([]);
  });
  it('refuses a second request with the same id', () => given([requested()]).when(request()).thenThrows('PAYMENT_ALREADY_EXISTS'));
  it('expires only once its expiry has passed', () => {
    given([requested(), ordered()]).when(expire(T0)).thenThrows('PAYMENT_NOT_EXPIRED');
    given([requested(), ordered()]).when(expire()).then([{ type: 'PaymentExpired', data: { paymentId: PAYMENT_ID, at: LATER } }]);
  });
  it('can be cancelled while unpaid, and cancelling twice changes nothing', () => {
    given([requested(), ordered()]).when(cancel()).then([{ type: 'PaymentCancelled', data: { paymentId: PAYMENT_ID, reason: 'changed my mind', at: T0 } }]);
    given([requested(), ordered(), { type: 'PaymentCancelled', data: { paymentId: PAYMENT_ID, reason: 'x', at: T0 } }]).when(cancel()).then([]);
  });
  it('cannot be cancelled once failed', () => {
    const failed = { type: 'PaymentFailed' as const, data: { paymentId: PAYMENT_ID, reason: 'declined', providerTransactionId: '1', at: T0 } };
    expect(domainErrorOf(() => paymentDecider.decide(cancel(), given([requested(), ordered(), failed]).state)).code).toBe('INVALID_STATE_TRANSITION');
  });
});
