import { cardNumberOf } from '@healthpay/db';
import { demoMedCards } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';
import { rxLine } from '../../testing/medcards';

describe('medcard.lookup (the pharmacy counter)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await apiHarness();
    await h.project();
    h.services.clock = () => new Date('2026-05-05T10:00:00Z');
  });
  afterAll(() => h?.close());

  it('is audited, and limited to 120 lookups an hour per pharmacist so card numbers cannot be walked', async () => {
    const seif = await h.as('u-pharmacist-seif', { request: { ip: '203.0.113.7', userAgent: 'counter' } });
    expect(await seif.medcard.lookup({ cardNumber: demoMedCards.ahmed.cardId })).toMatchObject({ cardId: demoMedCards.ahmed.cardId });
    // The 121st lookup within the hour is refused, whatever the number.
    const refused: string[] = [];
    for (let i = 0; i < 120; i++) {
      const outcome = await seif.medcard.lookup({ cardNumber: demoMedCards.omar.cardId }).then(() => 'ok', (e: { code: string }) => e.code);
      if (outcome !== 'ok') refused.push(outcome);
    }
    expect(refused).toEqual(['TOO_MANY_REQUESTS']);
    // Another pharmacist's allowance is their own.
    expect(await (await h.as('u-pharmacist')).medcard.lookup({ cardNumber: demoMedCards.omar.cardId })).toMatchObject({ cardId: demoMedCards.omar.cardId });

    const audit = await h.services.pool.query<{ result: string; n: number }>(
      `SELECT result, count(*) AS n FROM audit_log WHERE action = 'medcard.lookup' AND actor_id = 'u-pharmacist-seif' AND ip = '203.0.113.7' GROUP BY result ORDER BY result`,
    );
    expect(audit.rows).toEqual([{ result: 'RATE_LIMITED', n: 1 }, { result: 'ok', n: 120 }]);
  });

  it('a claim preview is a lookup too: counted against the same 120 an hour and audited, unknown numbers included', async () => {
    const pharmacist = await h.as('u-pharmacist', { request: { ip: '203.0.113.8', userAgent: 'counter' } });
    const probe = (cardId: string) => ({
      cardId, prescriptionId: `rx-probe-${cardId}`, beneficiaryId: 'b-x', lines: [rxLine('D-1', 1, 100)], submittedTotal: 100,
    });
    const outcomes: string[] = [];
    // u-pharmacist already used one lookup in the test above.
    for (let i = 0; i < 120; i++) {
      outcomes.push(await pharmacist.claims.preview(probe(cardNumberOf(String(100_000_000 + i)))).then(() => 'ok', (e: { code: string }) => e.code));
    }
    expect(outcomes.filter((o) => o === 'TOO_MANY_REQUESTS')).toHaveLength(1);
    expect(outcomes.at(-1)).toBe('TOO_MANY_REQUESTS');
    await expect(pharmacist.medcard.lookup({ cardNumber: demoMedCards.omar.cardId })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    const audited = await h.services.pool.query<{ n: number }>(
      `SELECT result = 'RATE_LIMITED' AS refused, count(*)::int AS n FROM audit_log
        WHERE action = 'claims.preview' AND actor_id = 'u-pharmacist' GROUP BY 1 ORDER BY 1`,
    );
    // Every preview audited (found or not: a few of these numbers belong to seeded cards), and the refusal.
    expect(audited.rows).toEqual([{ refused: false, n: 119 }, { refused: true, n: 1 }]);
  });
});
