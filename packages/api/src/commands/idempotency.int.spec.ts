import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../testing/harness';

let h: Harness;
let walletId: string;
beforeAll(async () => {
  h = await apiHarness();
  const admin = await h.as('u-admin');
  walletId = randomUUID();
  await admin.wallet.open({ walletId, ownerId: 'u-omar', secondWalletReason: 'spec: a fresh wallet beside the seeded one' });
  await admin.wallet.changeStatus({ walletId, action: 'activate' });
  await admin.wallet.credit({ walletId, amount: 10_000, reference: 'seed' });
});
afterAll(() => h.close());

const debits = async () =>
  (await h.services.store.readStream(walletId)).filter((e) => e.type === 'WalletDebited').length;

describe('Idempotency-Key', () => {
  it('returns the first result for a repeat with the same body and debits once', async () => {
    const key = `key-${randomUUID()}`;
    const omar = await h.as('u-omar', { idempotencyKey: key });
    const before = await debits();
    const first = await omar.wallet.debit({ walletId, amount: 700, reference: 'rx-77' });
    const again = await omar.wallet.debit({ reference: 'rx-77', amount: 700, walletId });
    expect(again).toEqual(first);
    expect(await debits()).toBe(before + 1);
  });

  it('debits once when the same request races itself', async () => {
    const key = `race-${randomUUID()}`;
    const callers = [await h.as('u-omar', { idempotencyKey: key }), await h.as('u-omar', { idempotencyKey: key, services: h.secondProcess() })];
    const before = await debits();
    const results = await Promise.all(callers.flatMap((c) => [1, 2, 3].map(() => c.wallet.debit({ walletId, amount: 300, reference: 'race' }))));
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(await debits()).toBe(before + 1);
  });

  it('refuses the same key with a different body (409) and changes nothing', async () => {
    const key = `k-${randomUUID()}`;
    const omar = await h.as('u-omar', { idempotencyKey: key });
    await omar.wallet.debit({ walletId, amount: 100, reference: 'a' });
    const before = await debits();
    await expect(omar.wallet.debit({ walletId, amount: 101, reference: 'a' })).rejects.toMatchObject({
      code: 'CONFLICT', cause: { code: 'IDEMPOTENCY_KEY_REUSED' },
    });
    expect(await debits()).toBe(before);
  });

  it('scopes keys per caller', async () => {
    const key = `shared-${randomUUID()}`;
    const admin = await h.as('u-admin', { idempotencyKey: key });
    const omar = await h.as('u-omar', { idempotencyKey: key });
    const before = await debits();
    await omar.wallet.debit({ walletId, amount: 50, reference: 'mine' });
    await admin.wallet.debit({ walletId, amount: 50, reference: 'staff' });
    expect(await debits()).toBe(before + 2);
  });

  it('returns the first result for a repeat that the state would now refuse (no lookup before the command)', async () => {
    const admin = await h.as('u-admin');
    const drained = randomUUID();
    await admin.wallet.open({ walletId: drained, ownerId: 'u-omar', secondWalletReason: 'spec: a wallet to empty' });
    await admin.wallet.changeStatus({ walletId: drained, action: 'activate' });
    await admin.wallet.credit({ walletId: drained, amount: 500, reference: 'seed' });
    const omar = await h.as('u-omar', { idempotencyKey: `all-${randomUUID()}` });
    const first = await omar.wallet.debit({ walletId: drained, amount: 500, reference: 'everything' });
    expect(first.balance).toBe(0);
    // The same request again would overdraw now: its key answers, and nothing more is debited.
    await expect(omar.wallet.debit({ walletId: drained, amount: 500, reference: 'everything' })).resolves.toEqual(first);
    // Another body under that key is still refused as a reused key, not as the overdraft it would be.
    await expect(omar.wallet.debit({ walletId: drained, amount: 501, reference: 'everything' })).rejects.toMatchObject({
      code: 'CONFLICT', cause: { code: 'IDEMPOTENCY_KEY_REUSED' },
    });
    const events = await h.services.store.readStream(drained);
    expect(events.filter((e) => e.type === 'WalletDebited')).toHaveLength(1);
  });

  it('rejects a malformed key as a validation error', async () => {
    const omar = await h.as('u-omar', { idempotencyKey: 'x' });
    await expect(omar.wallet.debit({ walletId, amount: 1, reference: 'r' })).rejects.toMatchObject({
      code: 'BAD_REQUEST', cause: { code: 'VALIDATION_FAILED' },
    });
  });
});
