import { apiHarness, type Harness } from '@healthpay/api/testing';
import { demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedBacklog } from './backlog';
import { RELAY_CHECKPOINT, relayOnce } from './relay';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
});
afterAll(() => h.close());

describe('relay backlog', () => {
  it('counts what is committed past the relay checkpoint, down to 0 once relayed, and a new command adds to it', async () => {
    const pool = h.services.pool;
    const published: unknown[] = [];
    const publisher = { publish: async (m: unknown[]) => void published.push(...m) };
    expect(await feedBacklog(pool, RELAY_CHECKPOINT)).toBeGreaterThan(0);
    while ((await relayOnce(pool, publisher, 'spec')) > 0);
    expect(await feedBacklog(pool, RELAY_CHECKPOINT)).toBe(0);
    const finance = await h.as('u-finance');
    await finance.wallet.credit({ walletId: demoWallets.ahmed.walletId, amount: 100, reference: 'backlog spec' });
    expect(await feedBacklog(pool, RELAY_CHECKPOINT)).toBe(1);
    expect(await feedBacklog(pool, RELAY_CHECKPOINT, 0)).toBe(0);
  });
});
