import { describe, expect, it } from 'vitest';
import { fold } from '../shared/command';
import { domainErrorOf } from '../testing/given';
import { AMOUNT, LATER, PAYMENT_ID, activeWallet, meta, notification, notify, ordered, refund, requested } from '../testing/payment-fixtures';
import { T0, WALLET_ID, suspended } from '../testing/wallet-events';
import { walletDecider } from '../wallet/decider';
import type { WalletEvent } from '../wallet/events';
import type { PaymentWalletCommand } from './commands';
import { decidePaymentWithWallet } from './decide-with-wallet';
import { paymentDecider } from './decider';
import type { PaymentEvent } from './events';
import { refundable } from './refunds';

/** given(payment history, wallet history).when(command) → both streams' events, and the states after. */
const given = (payment: PaymentEvent[], wallet: WalletEvent[]) => ({
  when: (command: PaymentWalletCommand) => {
    const decided = decidePaymentWithWallet(command, fold(paymentDecider.evolve, paymentDecider.initialState, payment), fold(walletDecider.evolve, walletDecider.initialState, wallet));
    return {
      ...decided,
      payment: decided.payment,
      paymentAfter: fold(paymentDecider.evolve, paymentDecider.initialState, [...payment, ...decided.payment]),
      walletAfter: fold(walletDecider.evolve, walletDecider.initialState, [...wallet, ...decided.wallet]),
    };
  },
  throws: (command: PaymentWalletCommand) =>
    domainErrorOf(() => decidePaymentWithWallet(command, fold(paymentDecider.evolve, paymentDecider.initialState, payment), fold(walletDecider.evolve, walletDecider.initialState, wallet))).code,
});

const pending = [requested(), ordered()];
const paidNotification = notification();
const succeeded = () => [...pending, ...given(pending, activeWallet()).when(notify(paidNotification)).payment];
const walletAfterPaid = () => [...activeWallet(), ...given(pending, activeWallet()).when(notify(paidNotification)).wallet];
const types = (events: { type: string }[]) => events.map((e) => e.type);

describe('a success notification', () => {
  it('credits the wallet the amount asked, caused by the payment', () => {
    const r = given(pending, activeWallet()).when(notify(paidNotification));
    expect(types(r.payment)).toEqual(['PaymentNotificationReceived', 'PaymentSucceeded']);
    expect(r.wallet).toEqual([{ type: 'WalletCredited', data: { walletId: WALLET_ID, amount: AMOUNT, reference: `payment:${PAYMENT_ID}`, balanceAfter: AMOUNT, at: T0 } }]);
  });

  it('changes nothing when delivered again', () => {
    const r = given(succeeded(), walletAfterPaid()).when(notify(paidNotification));
    expect([r.payment, r.wallet]).toEqual([[], []]);
  });

  it('flags another successful transaction on a paid order, crediting nothing', () => {
    const r = given(succeeded(), walletAfterPaid()).when(notify(notification({ key: 'txn-2', providerTransactionId: '2' })));
    expect(types(r.payment)).toEqual(['PaymentNotificationReceived', 'PaymentFlagged']);
    expect(r.wallet).toEqual([]);
  });

  it('treats a second report of a paid Fawry code as the same payment', () => {
    const fawryPending = [requested('fawry'), ordered('123456789')];
    const paid = given(fawryPending, activeWallet()).when(notify(notification({ provider: 'fawry', key: 'a' })));
    const again = given([...fawryPending, ...paid.payment], [...activeWallet(), ...paid.wallet]).when(notify(notification({ provider: 'fawry', key: 'b' })));
    expect(types(again.payment)).toEqual(['PaymentNotificationReceived']);
    expect(again.wallet).toEqual([]);
  });

  it('records another amount for review without crediting', () => {
    const r = given(pending, activeWallet()).when(notify(notification({ amount: AMOUNT - 1 })));
    expect(r.wallet).toEqual([]);
    expect(r.paymentAfter).toMatchObject({ status: 'review', flags: ['amount_mismatch'], inReview: { amount: AMOUNT - 1 } });
  });

  it('still credits after the payment expired, and flags it as late', () => {
    const expired = [...pending, { type: 'PaymentExpired' as const, data: { paymentId: PAYMENT_ID, at: LATER } }];
    const r = given(expired, activeWallet()).when(notify(paidNotification, LATER));
    expect(r.walletAfter).toMatchObject({ balance: AMOUNT });
    expect(r.paymentAfter).toMatchObject({ status: 'succeeded', flags: ['late_success'] });
  });

  it('credits after a declined attempt on the same checkout (not late)', () => {
    const declined = given(pending, activeWallet()).when(notify(notification({ key: 'txn-0', outcome: 'failure', detail: 'declined' })));
    expect(declined.paymentAfter).toMatchObject({ status: 'failed' });
    const r = given([...pending, ...declined.payment], activeWallet()).when(notify(paidNotification));
    expect(r.paymentAfter).toMatchObject({ status: 'succeeded', flags: [] });
  });

  it('holds the money for review when the wallet cannot take it', () => {
    const r = given(pending, [...activeWallet(), suspended()]).when(notify(paidNotification));
    expect(r.wallet).toEqual([]);
    expect(r.paymentAfter).toMatchObject({ status: 'review', flags: ['wallet_not_active'] });
  });
});

describe('refunds', () => {
  it('debits the wallet first and never refunds more than was credited, across partial refunds', () => {
    const first = given(succeeded(), walletAfterPaid()).when(refund('r1', 6_000));
    expect(first.wallet).toEqual([{ type: 'WalletDebited', data: { walletId: WALLET_ID, amount: 6_000, reference: 'refund:r1', balanceAfter: AMOUNT - 6_000, at: T0 } }]);
    const afterFirst = [...succeeded(), ...first.payment];
    const walletAfterFirst = [...walletAfterPaid(), ...first.wallet];
    expect(given(afterFirst, walletAfterFirst).throws(refund('r2', 4_001))).toBe('REFUND_EXCEEDS_PAYMENT');
    const second = given(afterFirst, walletAfterFirst).when(refund('r2', 4_000));
    expect(second.paymentAfter.status !== 'none' && refundable(second.paymentAfter)).toBe(0);
  });

  it('is refused when the wallet no longer holds the money', () => {
    const spent: WalletEvent[] = [...walletAfterPaid(), { type: 'WalletDebited', data: { walletId: WALLET_ID, amount: 9_000, reference: 'rx', balanceAfter: 1_000, at: T0 } }];
    expect(given(succeeded(), spent).throws(refund('r1', 2_000))).toBe('INSUFFICIENT_FUNDS');
  });

  it('gives the money back to the wallet when the provider refuses', () => {
    const requestedRefund = given(succeeded(), walletAfterPaid()).when(refund('r1', 3_000));
    const failed = given([...succeeded(), ...requestedRefund.payment], [...walletAfterPaid(), ...requestedRefund.wallet])
      .when({ type: 'FailRefund', data: { paymentId: PAYMENT_ID, refundId: 'r1', reason: 'refused' }, meta: meta() });
    expect(failed.walletAfter).toMatchObject({ balance: AMOUNT });
    expect(failed.paymentAfter.status !== 'none' && refundable(failed.paymentAfter)).toBe(AMOUNT);
  });

  it('voids only in full, on the day of payment', () => {
    expect(given(succeeded(), walletAfterPaid()).throws(refund('v1', 1_000, 'void'))).toBe('VOID_NOT_ALLOWED');
    expect(given(succeeded(), walletAfterPaid()).throws(refund('v1', AMOUNT, 'void', '2026-11-23T10:00:00.000Z'))).toBe('VOID_NOT_ALLOWED');
    expect(types(given(succeeded(), walletAfterPaid()).when(refund('v1', AMOUNT, 'void')).payment)).toEqual(['PaymentRefundRequested']);
  });

  it('completes a requested refund when the provider reports it, and flags one we never asked for', () => {
    const requestedRefund = given(succeeded(), walletAfterPaid()).when(refund('r1', 3_000));
    const history = [...succeeded(), ...requestedRefund.payment];
    const done = given(history, walletAfterPaid()).when(notify(notification({ key: 'txn-9', kind: 'refund', amount: 3_000, providerTransactionId: '9' })));
    expect(types(done.payment)).toEqual(['PaymentNotificationReceived', 'PaymentRefundCompleted']);
    const stray = given(history, walletAfterPaid()).when(notify(notification({ key: 'txn-8', kind: 'refund', amount: 1_234, providerTransactionId: '8' })));
    expect(types(stray.payment)).toEqual(['PaymentNotificationReceived', 'PaymentFlagged']);
    expect(stray.wallet).toEqual([]);
  });

  it('cannot refund a payment that has not succeeded', () => {
    expect(given(pending, activeWallet(AMOUNT)).throws(refund('r1', 1_000))).toBe('PAYMENT_NOT_REFUNDABLE');
  });
});
