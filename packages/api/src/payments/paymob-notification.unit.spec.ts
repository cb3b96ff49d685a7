import { describe, expect, it } from 'vitest';
import { paymobNotification } from './paymob-notification';

const obj = { id: 192036465, pending: false, success: true, amount_cents: 15_000, has_parent_transaction: false, is_voided: false, is_refunded: false, data: { message: 'Approved' } };

describe('paymobNotification', () => {
  it('keys a transaction by its id', () => {
    expect(paymobNotification(obj)).toEqual({ provider: 'paymob', key: 'txn-192036465', kind: 'payment', outcome: 'success', amount: 15_000, providerTransactionId: '192036465', detail: 'Approved' });
  });
  it('reads refunds and voids from transactions with a parent', () => {
    expect(paymobNotification({ ...obj, id: 2, has_parent_transaction: true, is_refunded: true }).kind).toBe('refund');
    expect(paymobNotification({ ...obj, id: 3, has_parent_transaction: true, is_voided: true }).kind).toBe('void');
  });
  it('tells pending and declined apart', () => {
    expect(paymobNotification({ ...obj, pending: true }).outcome).toBe('pending');
    expect(paymobNotification({ ...obj, success: false, data: { message: 'Do not honour' } })).toMatchObject({ outcome: 'failure', detail: 'Do not honour' });
  });
});
