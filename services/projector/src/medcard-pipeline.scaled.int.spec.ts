import { cqlBalances } from '@healthpay/api/balances';
import { activeCard, rxLine } from '@healthpay/api/testing/medcards';
import { cairoMonth } from '@healthpay/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaledHarness, type ScaledHarness } from './testing/scaled-harness';

let h: ScaledHarness;
beforeAll(async () => {
  h = await scaledHarness();
});
afterAll(() => h.closeScaled());


describe('scaled mode: MedCard monthly spend in CQL and MedCard read models in Postgres', () => {
  it('projects approved (and reversed) benefit per card and Cairo month, the same in CQL, Postgres and the events', async () => {
    const consumer = await h.startConsumer();
    try {
      const card = await activeCard(h, 'u-omar', { tier: 'silver', monthlyLimit: 50_000, copaymentPercent: 20 });
      const pharmacist = await h.as('u-pharmacist');
      const beneficiaryId = card.holder.beneficiaryId;
      const drugs = ['AMOX', 'PARA', 'IBU', 'OMEP'];
      for (const [i, drug] of drugs.entries()) {
        await pharmacist.claims.submit({ cardId: card.cardId, prescriptionId: `RX-S-${i}`, beneficiaryId, lines: [rxLine(drug, 2, 5_000 * (i + 1))], submittedTotal: 10_000 * (i + 1) });
      }
      const month = cairoMonth(new Date().toISOString());
      const fromEvents = (await h.services.pool.query<{ benefit: number }>(
        `SELECT COALESCE(SUM((event_data->'total'->>'benefit')::bigint), 0)::bigint AS benefit FROM events
         WHERE aggregate_id = $1 AND event_type = 'PrescriptionClaimApproved' AND event_data->>'month' = $2`, [card.cardId, month])).rows[0]?.benefit;
      expect(fromEvents).toBe(50_000);
      await h.relayAll();
      const reader = cqlBalances(h.cql, h.keyspace);
      await expect.poll(() => reader.monthlyBenefit(card.cardId, month), { timeout: 30_000, interval: 100 }).toBe(fromEvents);
      await expect.poll(async () => (await h.services.pool.query('SELECT benefit_total FROM medcard_monthly_spend WHERE card_id = $1 AND month = $2', [card.cardId, month])).rows[0]?.benefit_total, { timeout: 30_000, interval: 100 }).toBe(fromEvents);
      await expect.poll(async () => (await h.services.pool.query('SELECT count(*)::int AS n FROM prescription_claims WHERE card_id = $1', [card.cardId])).rows[0]?.n, { timeout: 30_000 }).toBe(drugs.length);
      // The API reads the month's benefit from CQL in scaled mode.
      const admin = await h.as('u-admin', { services: { ...h.services, balances: reader } });
      expect(await admin.medcard.get({ cardId: card.cardId })).toMatchObject({ benefitUsed: 50_000, remainingBenefit: 0 });

      // A reversal gives the month's benefit back: in CQL as in Postgres (CQL once counted approvals only).
      await pharmacist.claims.reverse({ cardId: card.cardId, prescriptionId: 'RX-S-0', reason: 'WRONG_DRUGS' });
      const afterReversal = Number((await h.services.pool.query<{ benefit: string }>(
        `SELECT COALESCE(SUM(CASE event_type WHEN 'PrescriptionClaimApproved' THEN (event_data->'total'->>'benefit')::bigint
           ELSE -(event_data->>'benefit')::bigint END), 0)::bigint AS benefit FROM events
         WHERE aggregate_id = $1 AND event_type IN ('PrescriptionClaimApproved', 'PrescriptionClaimReversed') AND event_data->>'month' = $2`,
        [card.cardId, month])).rows[0]?.benefit);
      expect(afterReversal).toBeLessThan(50_000);
      await h.relayAll();
      await expect.poll(async () => Number((await h.services.pool.query('SELECT benefit_total FROM medcard_monthly_spend WHERE card_id = $1 AND month = $2', [card.cardId, month])).rows[0]?.benefit_total), { timeout: 30_000, interval: 100 }).toBe(afterReversal);
      await expect.poll(() => reader.monthlyBenefit(card.cardId, month), { timeout: 30_000, interval: 100 }).toBe(afterReversal);
      expect(await admin.medcard.get({ cardId: card.cardId })).toMatchObject({ benefitUsed: afterReversal, remainingBenefit: 50_000 - afterReversal });
    } finally {
      await consumer.stop();
    }
  });
});
