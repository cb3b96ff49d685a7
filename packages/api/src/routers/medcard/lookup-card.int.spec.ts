import { demoMedCards } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';

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
});
