import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
});
afterAll(() => h.close());

async function freshWallet(ownerId: string, credit: number): Promise<string> {
  const admin = await h.as('u-admin');
  const walletId = randomUUID();
  await admin.wallet.open({ walletId, ownerId, secondWalletReason: 'spec: a fresh wallet beside the seeded one' });
  await admin.wallet.changeStatus({ walletId, action: 'activate' });
  await admin.wallet.credit({ walletId, amount: credit, reference: 'test top-up' });
  return walletId;
}

/** Balance from the events alone: credits and money in minus money out. */
async function balanceFromEvents(walletId: string): Promise<number> {
  const res = await h.services.pool.query<{ sum: number }>(
    `SELECT COALESCE(SUM(CASE WHEN event_type IN ('WalletCredited','WalletTransferReceived') THEN (event_data->>'amount')::bigint
                             WHEN event_type IN ('WalletDebited','WalletTransferSent','WalletHoldCaptured') THEN -(event_data->>'amount')::bigint
                             ELSE 0 END), 0)::bigint AS sum FROM events WHERE aggregate_id = $1`, [walletId]);
  return res.rows[0]?.sum ?? NaN;
}

const codeOf = (r: PromiseSettledResult<unknown>) =>
  r.status === 'fulfilled' ? 'OK' : ((r.reason as { cause?: { code?: string } }).cause?.code ?? 'UNKNOWN');

describe('200 concurrent debits on one wallet', () => {
  it('in one process: exactly as many succeed as the money allows, never an overdraft', async () => {
    const walletId = await freshWallet('u-omar', 10_000);
    const omar = await h.as('u-omar');
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => omar.wallet.debit({ walletId, amount: 100, reference: `d-${i}` })),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(100);
    expect(codes.filter((c) => c === 'INSUFFICIENT_FUNDS')).toHaveLength(100);
    expect(await balanceFromEvents(walletId)).toBe(0);
    await h.project();
    expect(await omar.wallet.get({ walletId })).toMatchObject({ balance: 0, available: 0 });
  });

  it('across two processes: conflicts are retried or refused, and the balance still equals the events', async () => {
    const walletId = await freshWallet('u-omar', 15_000);
    const other = h.secondProcess();
    const callers = [await h.as('u-omar'), await h.as('u-omar', { services: other })];
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => callers[i % 2]!.wallet.debit({ walletId, amount: 100, reference: `x-${i}` })),
    );
    const codes = results.map(codeOf);
    const ok = codes.filter((c) => c === 'OK').length;
    expect(codes.every((c) => ['OK', 'INSUFFICIENT_FUNDS', 'VERSION_CONFLICT'].includes(c))).toBe(true);
    expect(ok).toBeGreaterThan(0);
    expect(ok).toBeLessThanOrEqual(150);
    const fromEvents = await balanceFromEvents(walletId);
    expect(fromEvents).toBe(15_000 - ok * 100);
    expect(fromEvents).toBeGreaterThanOrEqual(0);
    await h.project();
    expect((await callers[0]!.wallet.get({ walletId })).balance).toBe(fromEvents);
  });
});

describe('a stale cache in another process', () => {
  it('never refuses on old state: a credit made elsewhere is seen before INSUFFICIENT_FUNDS is returned', async () => {
    const walletId = await freshWallet('u-omar', 100);
    const elsewhere = h.secondProcess();
    const omarHere = await h.as('u-omar');
    await omarHere.wallet.debit({ walletId, amount: 100, reference: 'empties it' });
    await (await h.as('u-admin', { services: elsewhere })).wallet.credit({ walletId, amount: 5_000, reference: 'elsewhere' });
    const res = await omarHere.wallet.debit({ walletId, amount: 4_000, reference: 'needs the credit' });
    expect(res).toMatchObject({ balance: 1_000, version: 6 });
  });

  it('never commits on old state: the expected version sends it back for a fresh read', async () => {
    const walletId = await freshWallet('u-omar', 1_000);
    const elsewhere = h.secondProcess();
    const omarHere = await h.as('u-omar');
    await omarHere.wallet.debit({ walletId, amount: 100, reference: 'warms the cache' });
    await (await h.as('u-omar', { services: elsewhere })).wallet.debit({ walletId, amount: 800, reference: 'elsewhere' });
    await expect(omarHere.wallet.debit({ walletId, amount: 500, reference: 'would overdraw' })).rejects.toMatchObject({
      cause: { code: 'INSUFFICIENT_FUNDS', details: { available: 100 } },
    });
    expect(await balanceFromEvents(walletId)).toBe(100);
  });
});

describe('transfers', () => {
  it('never leave money in only one wallet, even racing both ways from two processes', async () => {
    const a = await freshWallet('u-ahmed', 50_000);
    const b = await freshWallet('u-mona', 50_000);
    const other = h.secondProcess();
    const ahmed = [await h.as('u-ahmed'), await h.as('u-ahmed', { services: other })];
    const mona = [await h.as('u-mona'), await h.as('u-mona', { services: other })];
    const results = await Promise.allSettled(
      Array.from({ length: 120 }, (_, i) => {
        const amount = 100 + ((i * 37) % 900);
        return i % 2
          ? ahmed[i % 4 < 2 ? 0 : 1]!.wallet.transfer({ transferId: randomUUID(), fromWalletId: a, to: { walletId: b }, amount })
          : mona[i % 4 < 2 ? 0 : 1]!.wallet.transfer({ transferId: randomUUID(), fromWalletId: b, to: { walletId: a }, amount });
      }),
    );
    expect(results.map(codeOf).every((c) => ['OK', 'VERSION_CONFLICT'].includes(c))).toBe(true);
    expect((await balanceFromEvents(a)) + (await balanceFromEvents(b))).toBe(100_000);
    const legs = await h.services.pool.query<{ transfer_id: string; n: number }>(
      `SELECT event_data->>'transferId' AS transfer_id, count(*)::int AS n FROM events
       WHERE event_type IN ('WalletTransferSent','WalletTransferReceived') AND aggregate_id IN ($1, $2)
       GROUP BY 1 HAVING count(*) <> 2`, [a, b]);
    expect(legs.rows).toEqual([]);
  });

  it('finds the recipient by phone number and reports only the sender’s wallet', async () => {
    await h.project();
    const ahmed = await h.as('u-ahmed');
    const [wallet] = await ahmed.wallet.mine();
    const res = await ahmed.wallet.transfer({ transferId: randomUUID(), fromWalletId: wallet!.walletId, to: { phone: '0111 234 5678' }, amount: 1_250 });
    expect(res.wallet.balance).toBe(wallet!.balance - 1_250);
    expect(res.toWalletId).not.toBe(wallet!.walletId);
    await expect(ahmed.wallet.transfer({ transferId: randomUUID(), fromWalletId: wallet!.walletId, to: { phone: '01099999999' }, amount: 1 }))
      .rejects.toMatchObject({ cause: { code: 'WALLET_NOT_FOUND' } });
  });
});
