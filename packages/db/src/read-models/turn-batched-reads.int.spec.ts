import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPool, type Pool } from '../postgres/pool';
import { catchUpCommitted } from '../testing/catch-up-committed';
import { seedDemoData } from '../seed/seed';
import { demoMedCards, demoWallets } from '../seed/demo-data';
import { createMigratedTestDatabase, type TestDatabase } from '../testing/database';
import { getMedCardWithMembers, listBeneficiariesWithHolder, listMedCardsByHolder } from './medcards/card-queries';
import { listCardClaimsWithHolder } from './medcards/claim-queries';
import { decodeCursor } from './medcards/cursor';
import { medcardReadModels } from './medcards/index';
import { getWallet, listHoldsWithOwner, listTransactionsWithOwner, listWalletsByOwner } from './wallets/queries';
import { walletReadModels } from './wallets/index';

// The portal reads that share one statement when they arrive in the same event-loop turn (`turnBatched`): each call
// must answer exactly what it answers alone, with the same keys in the same order (the API answers these objects).

let db: TestDatabase;
let pool: Pool;
let month: string;
const wallets = [...Object.values(demoWallets).map((w) => w.walletId), 'w-second', 'w-holds', 'no-such-wallet'];
const owners = [...Object.values(demoWallets).map((w) => w.ownerId), 'u-w-holds', 'no-such-user'];
const cards = [...Object.values(demoMedCards).map((c) => c.cardId), 'no-such-card'];
const holders = [...Object.values(demoMedCards).map((c) => c.holderUserId), 'u-mona', 'no-such-user'];

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 2);
  await seedDemoData(pool);
  await catchUpCommitted(pool, { name: 'turn-batched-reads-spec', projections: [...walletReadModels, ...medcardReadModels], batchSize: 1000 });
  month = (await pool.query<{ month: string }>('SELECT month FROM medcard_monthly_spend ORDER BY benefit_total DESC LIMIT 1')).rows[0]!.month;
  // A second wallet for Ahmed (opened later), a wallet with holds, one whose balance a double cannot hold, a removed member.
  await pool.query(`INSERT INTO wallets (wallet_id, owner_id, status, currency, balance, held, available, daily_debit_limit,
      monthly_debit_limit, version, opened_at, updated_at)
    VALUES ('w-second', 'u-ahmed', 'suspended', 'EGP', 0, 0, 0, 100000, 1000000, 1, now() + interval '1 day', now()),
           ('w-holds', 'u-w-holds', 'active', 'EGP', 10000, 500, 9500, 100000, 1000000, 3, now(), now()),
           ('w-huge', 'u-huge', 'active', 'EGP', 9007199254740993, 0, 9007199254740993, 100000, 1000000, 1, now(), now())`);
  // Three holds placed an hour apart (the newest first in answers) and five lines of history, on 'w-holds'.
  await pool.query(`INSERT INTO wallet_holds (wallet_id, hold_id, amount, captured, status, reference, expires_at, placed_at, updated_at, pharmacy_id)
    SELECT 'w-holds', 'h-' || n, 100 * n, CASE WHEN n = 1 THEN 100 ELSE 0 END, (ARRAY['captured', 'voided', 'active'])[n], 'copay:rx-' || n,
           now() + interval '1 day', now() - (4 - n) * interval '1 hour', now(), CASE WHEN n = 1 THEN 'ph-1' END
    FROM generate_series(1, 3) AS n`);
  await pool.query(`INSERT INTO wallet_transactions (event_id, wallet_id, version, kind, amount, balance_after, reference, counterparty_wallet_id, occurred_at)
    SELECT gen_random_uuid(), 'w-holds', n, 'debit', -100, 10000 - 100 * n, 'line-' || n, NULL, now() - (6 - n) * interval '1 minute'
    FROM generate_series(1, 5) AS n`);
  await pool.query(`UPDATE medcard_beneficiaries SET status = 'removed', removed_at = now() WHERE beneficiary_id = $1`, [demoMedCards.ahmed.child]);
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

/** Each call alone (one awaited at a time), then all of them in one turn: the same answers, and one statement. */
async function sameAnswers<A>(calls: A[], read: (a: A) => Promise<unknown>, batchName: string): Promise<void> {
  const alone: string[] = [];
  for (const a of calls) alone.push(JSON.stringify(await read(a)));
  const spy = vi.spyOn(pool, 'query');
  try {
    const together = await Promise.all([...calls, ...calls].map(read));
    expect(together.map((t) => JSON.stringify(t))).toEqual([...alone, ...alone]);
    expect(spy.mock.calls.map(([c]) => (c as unknown as { name: string }).name)).toEqual([batchName]);
  } finally {
    spy.mockRestore();
  }
}

describe('reads of one turn in one statement', () => {
  it('wallet by id', async () => {
    expect(JSON.parse(JSON.stringify(await getWallet(pool, 'w-holds')))).toMatchObject({ ownerId: 'u-w-holds', balance: 10000 });
    await sameAnswers(wallets, (w) => getWallet(pool, w), 'hp_wallets_by_id');
  });

  it('wallets of an owner, in their order', async () => {
    expect((await listWalletsByOwner(pool, 'u-ahmed')).map((w) => w.walletId)).toEqual([demoWallets.ahmed.walletId, 'w-second']);
    await sameAnswers(owners, (o) => listWalletsByOwner(pool, o), 'hp_wallets_of_owners');
  });

  it('holds with the owner', async () => {
    expect((await listHoldsWithOwner(pool, 'w-holds')).holds.map((h) => h.holdId)).toEqual(['h-3', 'h-2', 'h-1']);
    await sameAnswers(wallets, (w) => listHoldsWithOwner(pool, w), 'hp_wallets_holds_with_owner');
  });

  it('history pages with the owner: first pages, later pages, a page past the end', async () => {
    expect((await listTransactionsWithOwner(pool, 'w-holds', { limit: 2, cursor: 4 })).items.map((t) => t.version)).toEqual([3, 2]);
    const pages = [{ limit: 20 }, { limit: 2 }, { limit: 2, cursor: 4 }, { limit: 2, cursor: 1 }];
    const calls = wallets.flatMap((w) => pages.map((p) => [w, p] as const));
    await sameAnswers(calls, ([w, p]) => listTransactionsWithOwner(pool, w, p), 'hp_wallets_transactions_with_owner');
  });

  it('cards of a holder, for a month with spend and one without', async () => {
    const calls = holders.flatMap((h) => [[h, month], [h, '1999-01']] as const);
    await sameAnswers(calls, ([h, m]) => listMedCardsByHolder(pool, h, m), 'hp_medcards_of_holders');
  });

  it('a card with its members, for a month with spend and one without', async () => {
    expect((await getMedCardWithMembers(pool, demoMedCards.ahmed.cardId, month))?.benefitUsed).toBeGreaterThan(0);
    const calls = cards.flatMap((c) => [[c, month], [c, '1999-01']] as const);
    await sameAnswers(calls, ([c, m]) => getMedCardWithMembers(pool, c, m), 'hp_medcards_with_members');
  });

  it('members with the holder, with and without the removed ones', async () => {
    const ahmed = demoMedCards.ahmed.cardId;
    expect((await listBeneficiariesWithHolder(pool, ahmed, { includeRemoved: true }))?.members).toHaveLength(3);
    expect((await listBeneficiariesWithHolder(pool, ahmed))?.members).toHaveLength(2);
    const calls = cards.flatMap((c) => [[c, false], [c, true]] as const);
    await sameAnswers(calls, ([c, includeRemoved]) => listBeneficiariesWithHolder(pool, c, { includeRemoved }), 'hp_cards_members_with_holder');
  });

  it('a card\'s claims with the holder: first pages, next pages, each combination of filters', async () => {
    const ahmed = demoMedCards.ahmed.cardId;
    const first = await listCardClaimsWithHolder(pool, ahmed, { limit: 1 });
    expect(first.items).toHaveLength(1);
    const cursor = decodeCursor(first.nextCursor!)!;
    const filters = [{ limit: 20 }, { limit: 1 }, { limit: 1, cursor }, { limit: 5, status: 'approved' as const },
      { limit: 5, from: '2020-01-01', to: '2099-12-31' }, { limit: 5, patientName: 'a' }];
    for (const f of filters) {
      const calls = cards.map((c) => [c, f] as const);
      const name = `hp_cards_answers_c${f.status ? 's' : ''}${f.from ? 'ft' : ''}${f.cursor ? 'k' : ''}${f.patientName ? 'n' : ''}`;
      await sameAnswers(calls, ([c, g]) => listCardClaimsWithHolder(pool, c, g), name);
    }
  });

  it('a row the driver refuses fails only its own caller: the others get their wallets', async () => {
    const got = await Promise.allSettled(['w-holds', 'w-huge', demoWallets.mona.walletId].map((w) => getWallet(pool, w)));
    expect(got.map((g) => g.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((got[1] as PromiseRejectedResult).reason).toBeInstanceOf(RangeError);
    expect((got[0] as PromiseFulfilledResult<{ walletId: string }>).value.walletId).toBe('w-holds');
    expect((got[2] as PromiseFulfilledResult<{ walletId: string }>).value.walletId).toBe(demoWallets.mona.walletId);
  });
});
