import { cqlBalances } from '@healthpay/api/balances';
import { payByCard, paymentRig, untilPayment, type PaymentRig } from '@healthpay/api/testing/payments';
import { demoWallets } from '@healthpay/db/testing';
import { PAYMOB_TEST_CARDS } from '@healthpay/payment-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaledHarness, type ScaledHarness } from './testing/scaled-harness';

let h: ScaledHarness;
let rig: PaymentRig;
beforeAll(async () => {
  h = await scaledHarness();
  rig = await paymentRig(h.services);
});
afterAll(async () => {
  await rig.stop();
  await h.closeScaled();
});

describe('scaled mode: payments on healthpay.events.payment', () => {
  it('projects a card top-up into the Postgres payment read model and its credit into the CQL balance', async () => {
    const consumer = await h.startConsumer();
    try {
      const wallet = demoWallets.mona.walletId;
      const mona = await h.as('u-mona', { idempotencyKey: 'scaled-top-up-1' });
      const topUp = await mona.payments.topUp({ walletId: wallet, provider: 'paymob', amount: 12_300, locale: 'en' });
      payByCard(rig, topUp.checkoutUrl, PAYMOB_TEST_CARDS.success);
      await untilPayment(h.services, topUp.paymentId, (s) => s.status === 'succeeded');
      const state = (await h.services.aggregates.wallet.load(wallet)).state;
      const expected = state.status === 'none' ? -1 : state.balance;
      await h.relayAll();
      await expect.poll(async () => (await h.services.pool.query('SELECT status, credited FROM payments WHERE payment_id = $1', [topUp.paymentId])).rows[0], { timeout: 30_000, interval: 100 })
        .toEqual({ status: 'succeeded', credited: 12_300 });
      const reader = cqlBalances(h.cql, h.keyspace);
      await expect.poll(async () => (await reader.get(wallet))?.balance, { timeout: 30_000, interval: 100 }).toBe(expected);
    } finally {
      await consumer.stop();
    }
  });
});
