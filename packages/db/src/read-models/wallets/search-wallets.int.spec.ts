import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../../postgres/pool';
import { createMigratedTestDatabase, type TestDatabase } from '../../testing/database';
import { everyPage } from '../../testing/every-page';
import { insertSearchPeople } from '../../testing/search-people';
import { plansOfSent, rowsReadBySent } from '../../testing/sent-plans';
import { searchWallets, WALLET_SEARCH_PREFIX, type WalletSearch } from './queries';

let db: TestDatabase;
let pool: Pool;
// Wallets w-0001 … (more than one search prefix), in id order; every third owner is a Karim, every 97th wallet suspended,
// and the owner of a wallet past the prefix has a phone no one else's contains.
const N = WALLET_SEARCH_PREFIX + 200;
const RARE = WALLET_SEARCH_PREFIX + 150;
const id = (n: number) => `w-${String(n).padStart(4, '0')}`;
const numbers = Array.from({ length: N }, (_, i) => i + 1);
beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 2);
  await insertSearchPeople(pool, N, RARE);
  await pool.query(
    `INSERT INTO wallets (wallet_id, owner_id, status, currency, balance, held, available, daily_debit_limit, monthly_debit_limit, version, opened_at, updated_at)
     SELECT 'w-' || lpad(n::text, 4, '0'), 'u-' || n, CASE WHEN n % 97 = 0 THEN 'suspended' ELSE 'active' END, 'EGP', 0, 0, 0, 1, 1, 1, now(), now()
       FROM generate_series(1, $1::int) n`,
    [N],
  );
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

const everyWallet = (s: Omit<WalletSearch, 'cursor'>) =>
  everyPage((cursor?: string) => searchWallets(pool, { ...s, cursor })).then((items) => items.map((w) => w.walletId));

describe('staff wallet search on more wallets than one search prefix', () => {
  it('finds a phone or a wallet id past the prefix through the people and the id it names, reading wallets by owner', async () => {
    expect((await searchWallets(pool, { query: '559990000', limit: 20 })).items.map((w) => w.walletId)).toEqual([id(RARE)]);
    expect((await searchWallets(pool, { query: id(N - 1), limit: 20 })).items.map((w) => w.walletId)).toEqual([id(N - 1)]);
    // At most the prefix and the one wallet: walking the key with each owner read every wallet before finding it.
    expect(await rowsReadBySent(pool, 'wallets', (p) => searchWallets(p, { query: '559990000', limit: 20 }))).toBeLessThanOrEqual(WALLET_SEARCH_PREFIX + 1);
  });

  it('reads the few wallets of a rare status once and sorts them, not the key with every wallet behind it', async () => {
    const [plan] = await plansOfSent(pool, (p) => searchWallets(p, { status: 'suspended', limit: 20 }));
    expect(plan).toMatch(/CTE Scan on hit[\s\S]*Sort|Sort[\s\S]*CTE Scan on hit/);
  });

  it('pages a common name, a rare status and both in id order, across the prefix, without a gap or a repeat', async () => {
    const karims = numbers.filter((n) => n % 3 === 0).map(id);
    const suspended = numbers.filter((n) => n % 97 === 0).map(id);
    expect(await everyWallet({ query: 'karim', limit: 7 })).toEqual(karims);
    expect(await everyWallet({ status: 'suspended', limit: 5 })).toEqual(suspended);
    expect(await everyWallet({ query: 'Karim', status: 'suspended', limit: 2 })).toEqual(suspended.filter((w) => karims.includes(w)));
    expect(await everyWallet({ status: 'active', limit: 500 })).toEqual(numbers.filter((n) => n % 97 !== 0).map(id));
    expect((await searchWallets(pool, { status: 'closed', limit: 5 })).items).toEqual([]);
  });
});
