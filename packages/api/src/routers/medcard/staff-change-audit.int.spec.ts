import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';
import { activeCard, rxLine } from '../../testing/medcards';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
  await h.project();
});
afterAll(() => h.close());

const lastAudit = async (action: string) =>
  (await h.services.pool.query<{ result: string; details: Record<string, unknown> }>(
    `SELECT result, details FROM audit_log WHERE action = $1 ORDER BY at DESC, id DESC LIMIT 1`, [action])).rows[0];

describe('staff changes say why and what changed', () => {
  it('lowering a monthly limit below what the card paid this month needs a reason; the audit keeps it with the old and new limit', async () => {
    const card = await activeCard(h, 'u-omar', { monthlyLimit: 100_000, copaymentPercent: 0 });
    const pharmacist = await h.as('u-pharmacist');
    const claim = await pharmacist.claims.submit({
      cardId: card.cardId, prescriptionId: `rx-${randomUUID()}`, beneficiaryId: card.holder.beneficiaryId,
      lines: [rxLine(`D-${randomUUID().slice(0, 6)}`, 1, 30_000)], submittedTotal: 30_000,
    });
    expect(claim.status).toBe('approved');
    const finance = await h.as('u-finance');

    await expect(finance.medcard.changeMonthlyLimit({ cardId: card.cardId, monthlyLimit: 20_000 })).rejects.toMatchObject({
      cause: { code: 'LIMIT_BELOW_USED', details: { used: 30_000 } },
    });
    expect(await lastAudit('medcard.changeMonthlyLimit')).toMatchObject({ result: 'LIMIT_BELOW_USED' });

    await finance.medcard.changeMonthlyLimit({ cardId: card.cardId, monthlyLimit: 20_000, reason: 'Employer cut the benefit mid-month' });
    expect(await lastAudit('medcard.changeMonthlyLimit')).toMatchObject({
      result: 'ok',
      details: { reason: 'Employer cut the benefit mid-month', changes: { monthlyLimit: { from: 100_000, to: 20_000 } } },
    });

    // Above what was used: no reason needed, and the change is still recorded before → after.
    await finance.medcard.changeMonthlyLimit({ cardId: card.cardId, monthlyLimit: 50_000 });
    expect((await lastAudit('medcard.changeMonthlyLimit'))?.details).toMatchObject({ changes: { monthlyLimit: { from: 20_000, to: 50_000 } } });
  });

  it('a wallet suspension records its reason and the status before and after', async () => {
    const support = await h.as('u-support');
    const walletId = randomUUID();
    await support.wallet.open({ walletId, ownerId: 'u-pharmacist', dailyDebitLimit: 1_000 });
    await support.wallet.changeStatus({ walletId, action: 'activate' });
    await support.wallet.changeStatus({ walletId, action: 'suspend', reason: 'Reported stolen phone' });
    expect((await lastAudit('wallet.suspend'))?.details).toMatchObject({
      reason: 'Reported stolen phone', changes: { status: { from: 'active', to: 'suspended' } },
    });
  });
});
