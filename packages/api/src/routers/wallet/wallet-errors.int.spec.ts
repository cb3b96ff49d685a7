import { randomUUID } from 'node:crypto';
import { demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
  await h.project();
});
afterAll(() => h.close());

const ahmedWallet = demoWallets.ahmed.walletId;

describe('bad input is a typed 4xx, never a 500, never a partial write', () => {
  it.each([
    ['a float amount', { amount: 12.5 }, 'amount'],
    ['a negative amount', { amount: -1 }, 'amount'],
    ['a string amount', { amount: '100' }, 'amount'],
    ['a non-uuid wallet id', { walletId: 'abc' }, 'walletId'],
    ['an empty reference', { reference: '  ' }, 'reference'],
  ])('%s', async (_, patch, field) => {
    const ahmed = await h.as('u-ahmed');
    const before = (await h.services.store.readStream(ahmedWallet)).length;
    const input = { walletId: ahmedWallet, amount: 100, reference: 'x', ...patch };
    const error = await ahmed.wallet.debit(input as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', cause: { code: 'VALIDATION_FAILED' } });
    expect((error as { cause: { fieldErrors: { path: string }[] } }).cause.fieldErrors.map((f) => f.path)).toContain(field);
    expect((await h.services.store.readStream(ahmedWallet)).length).toBe(before);
  });

  it('business refusals are 422 with the domain code and details', async () => {
    const ahmed = await h.as('u-ahmed');
    await expect(ahmed.wallet.debit({ walletId: ahmedWallet, amount: 999_999_999, reference: 'too much' })).rejects.toMatchObject({
      code: 'UNPROCESSABLE_CONTENT', cause: { code: 'INSUFFICIENT_FUNDS', details: { requested: 999_999_999 } },
    });
  });
});

describe('access', () => {
  it('anonymous callers are 401', async () => {
    const anon = await h.as(null);
    await expect(anon.wallet.mine()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('a patient cannot credit (403) or read, debit or transfer from another patient’s wallet (404)', async () => {
    const mona = await h.as('u-mona');
    await expect(mona.wallet.credit({ walletId: ahmedWallet, amount: 1, reference: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(mona.wallet.get({ walletId: ahmedWallet })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mona.wallet.history({ walletId: ahmedWallet, limit: 5 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mona.wallet.debit({ walletId: ahmedWallet, amount: 1, reference: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mona.wallet.transfer({ transferId: randomUUID(), fromWalletId: ahmedWallet, to: { walletId: demoWallets.mona.walletId }, amount: 1 }))
      .rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a pharmacist cannot use staff procedures', async () => {
    const pharmacist = await h.as('u-pharmacist');
    await expect(pharmacist.wallet.search({ limit: 5 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('history pagination', () => {
  it('pages newest first without gaps or repeats', async () => {
    const ahmed = await h.as('u-ahmed');
    const seen: number[] = [];
    let cursor: number | undefined;
    for (let page = 0; page < 10; page++) {
      const res = await ahmed.wallet.history({ walletId: ahmedWallet, limit: 2, cursor });
      seen.push(...res.items.map((i) => i.version));
      if (res.nextCursor === null) break;
      cursor = res.nextCursor;
    }
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(5);
  });
});
