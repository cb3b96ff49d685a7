import { evolvePayment, initialPaymentState, type PaymentEvent, type PaymentState, type ProviderNotification, type UnmatchedNotificationEvent } from '@healthpay/domain';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../event-store/types';
import { evolveNotificationDoc } from './notification-projection';
import { evolvePaymentDoc, type PaymentDoc } from './payment-projection';
import { evolveRefundDoc, refundKeyOf } from './refund-projection';

const P = '11111111-1111-4111-8111-111111111111';
const R1 = '22222222-2222-4222-8222-222222222221';
const R2 = '22222222-2222-4222-8222-222222222222';
const W = 'w-1';
let clock = Date.parse('2026-12-06T08:00:00Z');
const at = () => new Date((clock += 60_000)).toISOString();

const note = (n: Partial<ProviderNotification> & Pick<ProviderNotification, 'key'>): ProviderNotification => ({
  provider: 'paymob', kind: 'payment', outcome: 'success', amount: 50_000, providerTransactionId: null, detail: 'Approved', ...n,
});

let eventNo = 0;
const stored = (streamId: string, events: Array<PaymentEvent | UnmatchedNotificationEvent>): StoredEvent[] =>
  events.map((e, i) => ({
    position: ++eventNo, transactionId: eventNo, eventId: `00000000-0000-4000-8000-${String(eventNo).padStart(12, '0')}`,
    streamId, aggregateType: 'payment', type: e.type, version: i + 1, data: e.data, metadata: {}, timestamp: new Date(0),
  }));

/** requested → order → notification → succeeded → two refunds requested → one completed, one failed. */
function fullLife(): StoredEvent[] {
  const requestedAt = at();
  return stored(P, [
    { type: 'PaymentRequested', data: { paymentId: P, walletId: W, ownerId: 'u-1', provider: 'paymob', amount: 50_000, currency: 'EGP', expiresAt: '2026-12-06T09:00:00.000Z', at: requestedAt } },
    { type: 'PaymentOrderCreated', data: { paymentId: P, providerOrderId: 'ord-9', providerReference: null, checkoutUrl: 'https://accept.paymob.com/unifiedcheckout/?csk=1', expiresAt: '2026-12-06T09:30:00.000Z', at: at() } },
    { type: 'PaymentNotificationReceived', data: { paymentId: P, notification: note({ key: 'tx-1', providerTransactionId: 'tx-1' }), at: at() } },
    { type: 'PaymentSucceeded', data: { paymentId: P, walletId: W, providerTransactionId: 'tx-1', amount: 50_000, late: false, at: at() } },
    { type: 'PaymentRefundRequested', data: { paymentId: P, refundId: R1, walletId: W, amount: 10_000, kind: 'refund', reason: 'patient asked', at: at() } },
    { type: 'PaymentRefundRequested', data: { paymentId: P, refundId: R2, walletId: W, amount: 5_000, kind: 'refund', reason: 'duplicate', at: at() } },
    { type: 'PaymentNotificationReceived', data: { paymentId: P, notification: note({ key: 'tx-2', kind: 'refund', amount: 10_000, providerTransactionId: 'tx-2' }), at: at() } },
    { type: 'PaymentRefundCompleted', data: { paymentId: P, refundId: R1, providerTransactionId: 'tx-2', at: at() } },
    { type: 'PaymentRefundFailed', data: { paymentId: P, refundId: R2, walletId: W, amount: 5_000, reason: 'declined', at: at() } },
  ]);
}

const twice = (events: StoredEvent[]) => events.flatMap((e) => [e, e]);
const foldDocs = <D>(evolve: (d: D | null, e: StoredEvent) => D | null, key: (e: StoredEvent) => string, events: StoredEvent[]) => {
  const docs = new Map<string, D | null>();
  for (const e of events) docs.set(key(e), evolve(docs.get(key(e)) ?? null, e));
  return Object.fromEntries(docs);
};
const byStream = (e: StoredEvent) => e.streamId;
const byEvent = (e: StoredEvent) => e.eventId;
const refundEvents = (events: StoredEvent[]) => events.filter((e) => e.type.startsWith('PaymentRefund'));
const domainState = (events: StoredEvent[]): PaymentState =>
  events.reduce((s, e) => evolvePayment(s, { type: e.type, data: e.data } as PaymentEvent), initialPaymentState);

/** The fields the row shares with the domain's state must agree with it. */
function expectLikeDomain(doc: PaymentDoc | null | undefined, events: StoredEvent[]) {
  const s = domainState(events);
  if (s.status === 'none') throw new Error('no payment');
  expect(doc).toMatchObject({
    status: s.status, credited: s.credited, providerOrderId: s.providerOrderId, providerReference: s.providerReference, checkoutUrl: s.checkoutUrl,
    flags: s.flags, succeededAt: s.succeededAt, expiresAt: s.expiresAt, requestedAt: s.requestedAt,
    reviewAmount: s.inReview?.amount ?? null, reviewTransactionId: s.inReview?.providerTransactionId ?? null,
    refunded: s.refunds.filter((r) => r.status === 'completed').reduce((n, r) => n + r.amount, 0),
    refundPending: s.refunds.filter((r) => r.status === 'requested').reduce((n, r) => n + r.amount, 0),
  });
}

describe('payment projections deliver every event twice and get the same read model', () => {
  it('payments: a full life, requested to refunded', () => {
    const events = fullLife();
    const once = foldDocs(evolvePaymentDoc, byStream, events);
    expect(foldDocs(evolvePaymentDoc, byStream, twice(events))).toEqual(once);
    expect(once[P]).toMatchObject({
      status: 'succeeded', amount: 50_000, credited: 50_000, refunded: 10_000, refundPending: 0, providerOrderId: 'ord-9',
      checkoutUrl: 'https://accept.paymob.com/unifiedcheckout/?csk=1',
      providerReference: 'tx-1', flags: [], version: events.length, succeededAt: (events[3]?.data as { at: string }).at,
      updatedAt: (events.at(-1)?.data as { at: string }).at,
    });
    expectLikeDomain(once[P], events);
    // Step by step too: every prefix agrees with the domain.
    for (let n = 1; n <= events.length; n++) expectLikeDomain(foldDocs(evolvePaymentDoc, byStream, events.slice(0, n))[P], events.slice(0, n));
  });

  it('payments: a row loaded at some version ignores the events at or below it', () => {
    const events = fullLife();
    const atFive = foldDocs(evolvePaymentDoc, byStream, events.slice(0, 5))[P] ?? null;
    const resumed = events.reduce((d, e) => evolvePaymentDoc(d, e), atFive);
    expect(resumed).toEqual(foldDocs(evolvePaymentDoc, byStream, events)[P]);
  });

  it('payment_refunds: one row per refund, completed and failed', () => {
    const events = refundEvents(fullLife());
    const once = foldDocs(evolveRefundDoc, refundKeyOf, events);
    expect(foldDocs(evolveRefundDoc, refundKeyOf, twice(events))).toEqual(once);
    expect(once[R1]).toMatchObject({ paymentId: P, walletId: W, amount: 10_000, kind: 'refund', status: 'completed', providerTransactionId: 'tx-2', failureReason: null, version: 8 });
    expect(once[R2]).toMatchObject({ amount: 5_000, status: 'failed', failureReason: 'declined', reason: 'duplicate', version: 9 });
  });

  it('payment_notifications: one line per notification event', () => {
    const events = fullLife().filter((e) => e.type === 'PaymentNotificationReceived');
    const once = foldDocs(evolveNotificationDoc, byEvent, events);
    expect(foldDocs(evolveNotificationDoc, byEvent, twice(events))).toEqual(once);
    expect(Object.values(once)).toEqual([
      expect.objectContaining({ paymentId: P, matched: true, notificationKey: 'tx-1', kind: 'payment', outcome: 'success', amount: 50_000, unmatchedReason: null }),
      expect.objectContaining({ paymentId: P, matched: true, notificationKey: 'tx-2', kind: 'refund', amount: 10_000 }),
    ]);
  });

  it('a flagged payment goes to review, and resolving it credits with the flagged transaction as reference', () => {
    const events = stored(P, [
      { type: 'PaymentRequested', data: { paymentId: P, walletId: W, ownerId: 'u-1', provider: 'paymob', amount: 50_000, currency: 'EGP', expiresAt: '2026-12-06T09:00:00.000Z', at: at() } },
      { type: 'PaymentOrderCreated', data: { paymentId: P, providerOrderId: 'ord-9', providerReference: null, checkoutUrl: 'https://accept.paymob.com/unifiedcheckout/?csk=1', expiresAt: '2026-12-06T09:00:00.000Z', at: at() } },
      { type: 'PaymentNotificationReceived', data: { paymentId: P, notification: note({ key: 'tx-7', amount: 40_000, providerTransactionId: 'tx-7' }), at: at() } },
      { type: 'PaymentFlagged', data: { paymentId: P, flag: 'amount_mismatch', detail: 'paid 400.00, asked 500.00', amount: 40_000, providerTransactionId: 'tx-7', at: at() } },
      { type: 'PaymentFlagged', data: { paymentId: P, flag: 'duplicate_success', detail: 'second success', amount: null, providerTransactionId: 'tx-8', at: at() } },
    ]);
    const inReview = foldDocs(evolvePaymentDoc, byStream, events);
    expect(foldDocs(evolvePaymentDoc, byStream, twice(events))).toEqual(inReview);
    expect(inReview[P]).toMatchObject({ status: 'review', credited: 0, flags: ['amount_mismatch', 'duplicate_success'], reviewAmount: 40_000, reviewTransactionId: 'tx-7', providerReference: null });
    expectLikeDomain(inReview[P], events);

    const resolved = [...events, ...stored(P, [
      { type: 'PaymentReviewResolved', data: { paymentId: P, walletId: W, credited: 40_000, note: 'credit what arrived', at: at() } },
    ]).map((e) => ({ ...e, version: events.length + 1 }))];
    const after = foldDocs(evolvePaymentDoc, byStream, twice(resolved));
    expect(after[P]).toMatchObject({ status: 'succeeded', credited: 40_000, reviewAmount: null, reviewTransactionId: null, providerReference: 'tx-7' });
    expectLikeDomain(after[P], resolved);
  });

  it('failed, expired and cancelled payments keep why', () => {
    const life = (tail: PaymentEvent) => stored(P, [
      { type: 'PaymentRequested', data: { paymentId: P, walletId: W, ownerId: 'u-1', provider: 'fawry', amount: 20_000, currency: 'EGP', expiresAt: '2026-12-07T08:00:00.000Z', at: at() } },
      { type: 'PaymentOrderCreated', data: { paymentId: P, providerOrderId: 'f-1', providerReference: '9912345', checkoutUrl: null, expiresAt: '2026-12-07T08:00:00.000Z', at: at() } },
      tail,
    ]);
    const last = (tail: PaymentEvent) => foldDocs(evolvePaymentDoc, byStream, twice(life(tail)))[P];
    expect(last({ type: 'PaymentFailed', data: { paymentId: P, reason: 'card declined', providerTransactionId: null, at: at() } })).toMatchObject({ status: 'failed', failureReason: 'card declined', providerReference: '9912345' });
    expect(last({ type: 'PaymentExpired', data: { paymentId: P, at: at() } })).toMatchObject({ status: 'expired', failureReason: null });
    expect(last({ type: 'PaymentCancelled', data: { paymentId: P, reason: 'patient cancelled', at: at() } })).toMatchObject({ status: 'cancelled', failureReason: 'patient cancelled' });
  });

  it('an unmatched notification is a line without a payment, and touches no payment', () => {
    const events = stored('unmatched-paymob-tx-99', [{
      type: 'PaymentNotificationUnmatched',
      data: { provider: 'paymob', merchantReference: 'not-ours', providerOrderId: 'ord-x', notification: note({ key: 'tx-99', providerTransactionId: 'tx-99' }), reason: 'unknown_order', at: at() },
    }]);
    const once = foldDocs(evolveNotificationDoc, byEvent, events);
    expect(foldDocs(evolveNotificationDoc, byEvent, twice(events))).toEqual(once);
    expect(Object.values(once)).toEqual([expect.objectContaining({
      paymentId: null, matched: false, merchantReference: 'not-ours', providerOrderId: 'ord-x', unmatchedReason: 'unknown_order', notificationKey: 'tx-99',
    })]);
    expect(evolvePaymentDoc(null, events[0]!)).toBeNull();
  });
});
