import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';
import { activeCard, rxLine } from '../../testing/medcards';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
});
afterAll(() => h.close());

const codeOf = (r: PromiseSettledResult<unknown>) =>
  r.status === 'fulfilled' ? 'OK' : ((r.reason as { cause?: { code?: string } }).cause?.code ?? 'UNKNOWN');

/** Benefit and approvals from the events alone. */
async function approvedFromEvents(cardId: string) {
  const res = await h.services.pool.query<{ benefit: number; approvals: number }>(
    `SELECT COALESCE(SUM((event_data->'total'->>'benefit')::bigint), 0)::bigint AS benefit, COUNT(*)::int AS approvals
     FROM events WHERE aggregate_id = $1 AND event_type = 'PrescriptionClaimApproved'`, [cardId]);
  return res.rows[0] ?? { benefit: NaN, approvals: NaN };
}

async function spendReadModel(cardId: string) {
  const res = await h.services.pool.query<{ benefit_total: number; claim_count: number }>(
    'SELECT benefit_total, claim_count FROM medcard_monthly_spend WHERE card_id = $1', [cardId]);
  return res.rows;
}

/** 50 claims of 10 EGP each (benefit 8 EGP at 20% copay) on a card whose month allows 100 EGP. */
const LIMIT = 10_000;
const claims = (card: { cardId: string; holder: { beneficiaryId: string } }) =>
  Array.from({ length: 50 }, (_, i) => ({
    cardId: card.cardId, prescriptionId: `rx-${randomUUID()}`, beneficiaryId: card.holder.beneficiaryId,
    // One drug per claim: the refill rule would otherwise refuse every repeat of a drug.
    lines: [rxLine(`D-${i}`, 1, 1_000)], submittedTotal: 1_000,
  }));

describe('50 concurrent claims on one card that together exceed its monthly limit', () => {
  it('in one process: approvals stop exactly at the limit (12 full, 1 partial, the rest rejected)', async () => {
    const card = await activeCard(h, 'u-omar', { monthlyLimit: LIMIT, copaymentPercent: 20 });
    const pharmacist = await h.as('u-pharmacist');
    const results = await Promise.allSettled(claims(card).map((c) => pharmacist.claims.submit(c)));
    expect(results.map(codeOf).every((c) => c === 'OK')).toBe(true);
    const answers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const count = (s: string) => answers.filter((a) => a.status === s).length;
    expect([count('approved'), count('partial'), count('rejected')]).toEqual([12, 1, 37]);
    expect(answers.filter((a) => a.status === 'rejected').every((a) => a.rejection?.code === 'MONTHLY_LIMIT_EXHAUSTED')).toBe(true);
    const paid = answers.reduce((sum, a) => sum + a.benefit, 0);
    expect(paid).toBe(LIMIT);
    // Every claim's patient share and benefit still add up to what was eligible.
    expect(answers.every((a) => a.benefit + a.copay === a.eligible)).toBe(true);
    expect(await approvedFromEvents(card.cardId)).toEqual({ benefit: LIMIT, approvals: 13 });
    await h.project();
    expect(await spendReadModel(card.cardId)).toEqual([{ benefit_total: LIMIT, claim_count: 13 }]);
  });

  it('across two processes: conflicts are retried or refused, and the benefit never passes the limit', async () => {
    const card = await activeCard(h, 'u-omar', { monthlyLimit: LIMIT, copaymentPercent: 20 });
    const callers = [await h.as('u-pharmacist'), await h.as('u-pharmacist', { services: h.secondProcess() })];
    const results = await Promise.allSettled(claims(card).map((c, i) => callers[i % 2]!.claims.submit(c)));
    expect(results.map(codeOf).every((c) => c === 'OK' || c === 'VERSION_CONFLICT')).toBe(true);
    const answers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const paid = answers.filter((a) => a.status !== 'rejected').reduce((sum, a) => sum + a.benefit, 0);
    const fromEvents = await approvedFromEvents(card.cardId);
    expect(fromEvents.benefit).toBe(paid);
    expect(paid).toBeLessThanOrEqual(LIMIT);
    await h.project();
    expect(await spendReadModel(card.cardId)).toEqual([{ benefit_total: fromEvents.benefit, claim_count: fromEvents.approvals }]);
  });
});
