import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
  await h.project();
});
afterAll(() => h.close());

describe('wallet.recipient: whom a transfer reaches, masked and rate-limited', () => {
  it('shows the first name and initials, answers an unknown number like the transfer would, and stops after 10 in 10 minutes', async () => {
    const ahmed = await h.as('u-ahmed');
    expect(await ahmed.wallet.recipient({ phone: '0111 234 5678' })).toEqual({ name: 'Mona A.', nameAr: 'منى ع.' });
    await expect(ahmed.wallet.recipient({ phone: '01099999999' })).rejects.toMatchObject({ cause: { code: 'WALLET_NOT_FOUND' } });
    const outcomes: string[] = [];
    for (let i = 0; i < 9; i++) outcomes.push(await ahmed.wallet.recipient({ phone: '01223456789' }).then(() => 'ok', (e: { code: string }) => e.code));
    expect(outcomes).toEqual([...Array(8).fill('ok'), 'TOO_MANY_REQUESTS']);
    const audited = await h.services.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'wallet.recipient' AND actor_id = 'u-ahmed'`);
    expect(audited.rows[0].n).toBe(10);
  });
});
