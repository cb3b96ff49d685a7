import { describe, expect, it } from 'vitest';
import { fawryNotification } from './fawry-notification';

const base = {
  fawryRefNumber: '935016847', merchantRefNumber: 'p-1', paymentAmount: 205.5, orderAmount: 200, orderStatus: 'PAID',
  paymentMethod: 'PayAtFawry', messageSignature: 'x', paymentRefrenceNumber: '24658',
};

describe('fawryNotification', () => {
  it('credits what we asked for (orderAmount), not the customer’s fees on top', () => {
    expect(fawryNotification(base)).toMatchObject({ kind: 'payment', outcome: 'success', amount: 20_000, providerTransactionId: '24658' });
  });

  it.each([
    ['NEW', 'payment', 'pending'], ['UNPAID', 'payment', 'pending'], ['FAILED', 'payment', 'failure'], ['EXPIRED', 'payment', 'expired'],
    ['CANCELED', 'payment', 'cancelled'], ['REFUNDED', 'refund', 'success'], ['PARTIAL_REFUNDED', 'refund', 'success'], ['SOMETHING_NEW', 'payment', 'pending'],
  ])('maps %s to %s/%s', (orderStatus, kind, outcome) => {
    expect(fawryNotification({ ...base, orderStatus })).toMatchObject({ kind, outcome });
  });

  it('names a redelivery the same, and a different status differently', () => {
    expect(fawryNotification({ ...base, paymentAmount: '205.50' }).key).toBe(fawryNotification(base).key);
    expect(fawryNotification({ ...base, orderStatus: 'REFUNDED' }).key).not.toBe(fawryNotification(base).key);
  });

  it('refuses an amount that is not decimal EGP', () => {
    expect(() => fawryNotification({ ...base, orderAmount: 'lots' })).toThrow();
  });
});
