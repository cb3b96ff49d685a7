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
const monaWallet = demoWallets.mona.walletId;
const transferEvents = async (transferId: string) =>
  (await h.services.pool.query(`SELECT count(*)::int AS n FROM events WHERE event_data->>'transferId' = $1`, [transferId])).rows[0].n as number;

describe('a transfer id makes a transfer happen once, with or without an Idempotency-Key', () => {
  it('the same transfer sent twice without a key: one transfer, the first answer twice', async () => {
    const ahmed = await h.as('u-ahmed');
    const transferId = randomUUID();
    const input = { transferId, fromWalletId: ahmedWallet, to: { walletId: monaWallet }, amount: 150 };
    const first = await ahmed.wallet.transfer(input);
    const second = await ahmed.wallet.transfer(input);
    expect(second).toEqual(first);
    expect(await transferEvents(transferId)).toBe(2);
  });

  it('two at once with one id: still one transfer', async () => {
    const ahmed = await h.as('u-ahmed');
    const transferId = randomUUID();
    const input = { transferId, fromWalletId: ahmedWallet, to: { walletId: monaWallet }, amount: 175 };
    const answers = await Promise.all([ahmed.wallet.transfer(input), ahmed.wallet.transfer(input)]);
    expect(answers[0]).toEqual(answers[1]);
    expect(await transferEvents(transferId)).toBe(2);
  });

  it('the id reused for another amount, or by someone else: refused, nothing moves', async () => {
    const ahmed = await h.as('u-ahmed');
    const transferId = randomUUID();
    await ahmed.wallet.transfer({ transferId, fromWalletId: ahmedWallet, to: { walletId: monaWallet }, amount: 100 });
    await expect(ahmed.wallet.transfer({ transferId, fromWalletId: ahmedWallet, to: { walletId: monaWallet }, amount: 999 }))
      .rejects.toMatchObject({ cause: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    const mona = await h.as('u-mona');
    await expect(mona.wallet.transfer({ transferId, fromWalletId: monaWallet, to: { walletId: ahmedWallet }, amount: 100 }))
      .rejects.toMatchObject({ cause: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect(await transferEvents(transferId)).toBe(2);
  });
});
