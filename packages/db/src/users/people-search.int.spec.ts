import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../postgres/pool';
import { listPayments } from '../read-models/payments/queries';
import { searchWallets } from '../read-models/wallets/queries';
import { createMigratedTestDatabase, type TestDatabase } from '../testing/database';
import { plansOfSent, rowsReadBySent } from '../testing/sent-plans';
import { searchPatients } from './queries';

// Many patients named Karim/كريم with distinct phones, a few staff, and one patient (u-12345) whose name (Zorba, زوربا)
// and phone no one else's contains: the staff people searches must find the rare one through the trigram indexes of
// migration 20261207130000, not by testing every user.
let db: TestDatabase;
let pool: Pool;
const N = 30_000;
const RARE = 12_345;
beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 2);
  await pool.query(
    `INSERT INTO users (id, role, name, name_ar, phone, locale)
     SELECT 'u-' || n, CASE WHEN n <= 5 THEN 'staff' ELSE 'patient' END,
            CASE WHEN n = $2 THEN 'Zaki Zorba' ELSE 'Karim ' || lpad(n::text, 4, '0') END,
            CASE WHEN n = $2 THEN 'زكي زوربا' ELSE 'كريم' END,
            CASE WHEN n = $2 THEN '+201559990000' ELSE '+2010' || lpad(n::text, 8, '0') END, 'ar'
       FROM generate_series(1, $1::int) n`,
    [N, RARE],
  );
  // As on a live table: GIN's pending list merged and its statistics set (a just-filled GIN index looks costly to the planner).
  await pool.query('VACUUM ANALYZE users');
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

const ids = (rows: { id: string }[]) => rows.map((u) => u.id);

describe('staff people searches on many users', () => {
  it('patients.search finds a rare name (either script) or phone reading only the users it names', async () => {
    for (const term of ['zorba', 'زوربا', 'ZORB', '559990000']) {
      expect(ids(await searchPatients(pool, term, 20))).toEqual([`u-${RARE}`]);
      // Walking the name (or role) index and testing each patient read all of them.
      expect(await rowsReadBySent(pool, 'users', (p) => searchPatients(p, term, 20))).toBeLessThanOrEqual(3);
    }
  });

  it('patients.search, wallet.search and the payments search read the trigram indexes for a term of three letters or more', async () => {
    const patients = await plansOfSent(pool, (p) => searchPatients(p, 'zorba', 20));
    const wallets = await plansOfSent(pool, (p) => searchWallets(p, { query: 'zorba', limit: 20 }));
    const payments = await plansOfSent(pool, (p) => listPayments(p, { query: 'zorba', limit: 20 }));
    for (const plan of [patients.at(-1)!, wallets.at(-1)!, payments.at(-1)!]) {
      expect(plan).toMatch(/Bitmap Index Scan on users_name_idx/);
      expect(plan).toMatch(/Bitmap Index Scan on users_name_ar_idx/);
      expect(plan).toMatch(/Bitmap Index Scan on users_phone_idx/);
    }
    // nameMatchSql's key: the index is on the column it reads.
    for (const plan of [patients.at(-1)!, wallets.at(-1)!]) expect(plan).toMatch(/Bitmap Index Scan on users_name_search_idx/);
  });

  it('patients.search with no term reads the first patients by name and stops', async () => {
    const first = await searchPatients(pool, undefined, 20);
    expect(ids(first)).toEqual(['u-6', ...Array.from({ length: 19 }, (_, i) => `u-${i + 7}`)]);
    expect(await rowsReadBySent(pool, 'users', (p) => searchPatients(p, undefined, 20))).toBeLessThanOrEqual(20);
  });

  it('a term of fewer than three letters (no trigram) still matches, by reading the users', async () => {
    expect(ids(await searchPatients(pool, 'zo', 20))).toEqual([`u-${RARE}`]);
    expect(await searchPatients(pool, 'ka', 5)).toHaveLength(5);
  });
});
