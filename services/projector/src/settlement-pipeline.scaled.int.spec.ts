import { activeCard, rxLine } from '@healthpay/api/testing/medcards';
import { settlementReadModels, settlementReadModelTables } from '@healthpay/db';
import { catchUpCommitted } from '@healthpay/db/testing';
import { commissionFor } from '@healthpay/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaledHarness, type ScaledHarness } from './testing/scaled-harness';

/*
 * Scaled mode keeps the settlement read models as embedded mode does: a fee schedule, an approved claim and its
 * statement's close and approval, through the relay, Kafka and the consumer, reach `fee_schedules`,
 * `settlement_lines` and `settlement_statements`, the same rows the embedded projector makes of the same events.
 */
const WEEK = 'stl-w-2026-11-14-ph-ezaby-maadi'; // Saturday 14 – Friday 20 November 2026
const WEDNESDAY = new Date('2026-11-18T10:00:00.000Z');
const SATURDAY = new Date('2026-11-21T10:00:00.000Z');
const FEE = { percentBps: 250, fixedPerClaim: 100 };

let h: ScaledHarness;
beforeAll(async () => {
  h = await scaledHarness();
});
afterAll(() => h.closeScaled());

const rows = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await h.services.pool.query<T>(sql, params)).rows;
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000, interval: 100 });
const snapshot = async () => {
  const out: Record<string, unknown[]> = {};
  for (const table of settlementReadModelTables) out[table] = await rows(`SELECT * FROM ${table} ORDER BY 1, 2`);
  return out;
};

describe('scaled mode: fee schedules and pharmacy settlement statements in Postgres', () => {
  it('projects a fee schedule, a claim line and the statement close and approval, as embedded mode does', async () => {
    const consumer = await h.startConsumer();
    try {
      h.services.clock = () => WEDNESDAY;
      const finance = await h.as('u-finance');
      await finance.settlements.setFeeSchedule({ scope: { kind: 'default' }, ...FEE, effectiveFrom: '2026-11-18', reason: 'launch terms' });
      const card = await activeCard(h, 'u-omar', { monthlyLimit: 10_000_000 });
      const prescriptionId = 'rx-scaled-stl-1';
      const claim = await (await h.as('u-pharmacist')).claims.submit({
        cardId: card.cardId, prescriptionId, beneficiaryId: card.holder.beneficiaryId, lines: [rxLine('D-SCALED-STL', 2, 1_500)], submittedTotal: 3_000,
      });
      expect(claim.benefit).toBeGreaterThan(0);
      await h.relayAll();
      await poll(async () => rows('SELECT scope_key, percent_bps, fixed_per_claim FROM fee_schedules WHERE stream_id = $1', ['fee-schedule:default']))
        .toEqual([{ scope_key: 'default', percent_bps: 250, fixed_per_claim: 100 }]);
      await poll(async () => rows('SELECT settlement_id, kind, benefit, commission FROM settlement_lines WHERE card_id = $1', [card.cardId]))
        .toEqual([{ settlement_id: WEEK, kind: 'claim', benefit: claim.benefit, commission: commissionFor(claim.benefit, FEE) }]);

      // Closing reads the open statement's lines from the read model: the consumer has put them there.
      h.services.clock = () => SATURDAY;
      const closed = await finance.settlements.close({ settlementId: WEEK, reason: 'week over' });
      expect(closed.lines).toBeGreaterThanOrEqual(1);
      await finance.settlements.approve({ settlementId: WEEK });
      await h.relayAll();
      await poll(async () => rows('SELECT status, lines, version FROM settlement_statements WHERE id = $1', [WEEK]))
        .toEqual([{ status: 'approved', lines: closed.lines, version: 2 }]);
      expect(await rows('SELECT frozen FROM settlement_lines WHERE card_id = $1', [card.cardId])).toEqual([{ frozen: true }]);
    } finally {
      await consumer.stop();
    }

    // The embedded projector, from the same events over emptied tables, makes the same rows.
    const scaled = await snapshot();
    for (const table of settlementReadModelTables) await h.services.pool.query(`DELETE FROM ${table}`);
    await catchUpCommitted(h.services.pool, { name: 'settlement-pipeline-embedded', projections: settlementReadModels });
    expect(await snapshot()).toEqual(scaled);
  });
});
