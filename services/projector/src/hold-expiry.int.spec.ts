import { randomUUID } from 'node:crypto';
import { apiHarness, type Harness } from '@healthpay/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireDueHolds } from './hold-expiry';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
});
afterAll(() => h.close());

describe('hold expiry sweep', () => {
  it('releases holds past their expiry, once, and leaves live holds alone', async () => {
    const admin = await h.as('u-admin');
    const walletId = randomUUID();
    await admin.wallet.open({ walletId, ownerId: 'u-omar', secondWalletReason: 'spec: a fresh wallet beside the seeded one' });
    await admin.wallet.changeStatus({ walletId, action: 'activate' });
    await admin.wallet.credit({ walletId, amount: 10_000, reference: 'top-up' });
    const soon = randomUUID();
    const later = randomUUID();
    await admin.wallet.placeHold({ walletId, holdId: soon, amount: 2_000, expiresAt: '2090-01-01T00:00:00Z', reference: 'rx-a' });
    await admin.wallet.placeHold({ walletId, holdId: later, amount: 3_000, expiresAt: '2095-01-01T00:00:00Z', reference: 'rx-b' });
    await h.project();

    const at = new Date('2091-06-01T00:00:00Z');
    expect(await expireDueHolds(h.services.pool, h.services.store, at)).toBe(1);
    await h.project();
    expect(await expireDueHolds(h.services.pool, h.services.store, at)).toBe(0);

    const omar = await h.as('u-omar');
    expect(await omar.wallet.get({ walletId })).toMatchObject({ balance: 10_000, held: 3_000, available: 7_000 });
    const holds = await omar.wallet.holds({ walletId });
    expect(Object.fromEntries(holds.map((x) => [x.holdId, x.status]))).toEqual({ [soon]: 'expired', [later]: 'active' });
  });
});
