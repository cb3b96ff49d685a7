import { randomUUID } from 'node:crypto';
import { demoMedCards, demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
  await h.project();
});
afterAll(() => h.close());

const auditOf = async (action: string, result: string) =>
  (await h.services.pool.query<{ details: Record<string, unknown> }>(
    `SELECT details FROM audit_log WHERE action = $1 AND result = $2 ORDER BY at DESC LIMIT 1`, [action, result])).rows[0]?.details;

describe('one MedCard and one wallet per person unless staff say why', () => {
  it('a second card for a patient who holds one is refused; with a reason it is issued, audited, and listed after the one in use', async () => {
    const support = await h.as('u-support');
    await expect(support.medcard.issue({ userId: 'u-ahmed', tier: 'gold', activate: true })).rejects.toMatchObject({
      code: 'CONFLICT', cause: { code: 'HOLDER_HAS_CARD' },
    });
    const second = await support.medcard.issue({ userId: 'u-ahmed', tier: 'gold', activate: true, secondCardReason: 'Employer plan on top of the family card' });
    expect(await auditOf('medcard.issue', 'ok')).toMatchObject({ secondCardReason: 'Employer plan on top of the family card' });
    await h.project();
    const mine = await (await h.as('u-ahmed')).medcard.mine();
    expect(mine.map((c) => c.cardId)).toEqual([demoMedCards.ahmed.cardId, second.cardId]);
  });

  it('two issues at once without a reason: at most one passes', async () => {
    const support = await h.as('u-support');
    const user = `u-new-${randomUUID().slice(0, 8)}`;
    await h.services.pool.query(`INSERT INTO users (id, role, name, phone, locale) VALUES ($1, 'patient', 'Nour Adel', NULL, 'ar')`, [user]);
    const results = await Promise.allSettled([1, 2].map(() => support.medcard.issue({ userId: user, tier: 'silver', activate: true, holder: { name: 'Nour Adel', nationalId: '29001010101232', mobile: '01055512345' } })));
    expect(results.map((r) => (r.status === 'rejected' ? String((r.reason as { cause?: { code?: string } }).cause?.code) : 'ok')).sort()).toEqual(['HOLDER_HAS_CARD', 'ok']);
  });

  it('a retried open or issue (same Idempotency-Key, before the projector ran) gets its first answer, not the one-per-person refusal', async () => {
    const user = `u-retry-${randomUUID().slice(0, 8)}`;
    await h.services.pool.query(`INSERT INTO users (id, role, name, phone, locale) VALUES ($1, 'patient', 'Hana Samir', NULL, 'ar')`, [user]);
    const support = await h.as('u-support', { idempotencyKey: `open-${user}` });
    const walletId = randomUUID();
    const opened = await support.wallet.open({ walletId, ownerId: user });
    expect(await support.wallet.open({ walletId, ownerId: user })).toEqual(opened);
    const issuing = await h.as('u-support', { idempotencyKey: `issue-${user}` });
    const input = { userId: user, tier: 'silver' as const, holder: { name: 'Hana Samir', nationalId: '29202020101237', mobile: '01055599999' } };
    const card = await issuing.medcard.issue(input);
    expect(await issuing.medcard.issue(input)).toEqual(card);
  });

  it('a second wallet for the same person is refused unless staff give a reason', async () => {
    const support = await h.as('u-support');
    await expect(support.wallet.open({ walletId: randomUUID(), ownerId: demoWallets.ahmed.ownerId })).rejects.toMatchObject({
      cause: { code: 'OWNER_HAS_WALLET' },
    });
    const opened = await support.wallet.open({ walletId: randomUUID(), ownerId: demoWallets.ahmed.ownerId, secondWalletReason: 'Separate wallet for the pharmacy allowance' });
    expect(opened.status).toBe('pending');
    expect(await auditOf('wallet.open', 'ok')).toMatchObject({ secondWalletReason: 'Separate wallet for the pharmacy allowance' });
  });
});
