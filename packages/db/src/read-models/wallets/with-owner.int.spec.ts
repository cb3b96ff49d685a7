import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../../postgres/pool';
import { createMigratedTestDatabase, type TestDatabase } from '../../testing/database';
import { listHolds, listHoldsWithOwner, listTransactions, listTransactionsWithOwner } from './queries';

let db: TestDatabase;
let pool: Pool;
beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 2);
  await pool.query(`INSERT INTO wallets (wallet_id, owner_id, status, currency, balance, held, available, daily_debit_limit,
      monthly_debit_limit, version, opened_at, updated_at)
    SELECT w, 'u-' || w, 'active', 'EGP', 10000, 500, 9500, 100000, 1000000, 3, now(), now() FROM unnest(ARRAY['w-holds', 'w-none']) AS w`);
  await pool.query(`INSERT INTO wallet_holds (wallet_id, hold_id, amount, captured, status, reference, expires_at, placed_at, updated_at, pharmacy_id)
    VALUES ('w-holds', 'h-old', 200, 200, 'captured', 'copay:x', '2026-12-07T10:00:00Z', '2026-12-06T10:00:00Z', '2026-12-06T11:00:00Z', 'ph-1'),
           ('w-holds', 'h-new', 300, 0, 'active', 'manual', '2026-12-07T12:00:00Z', '2026-12-06T12:00:00Z', '2026-12-06T12:00:00Z', NULL)`);
  await pool.query(`INSERT INTO wallet_transactions (event_id, wallet_id, version, kind, amount, balance_after, reference, counterparty_wallet_id, occurred_at)
    SELECT gen_random_uuid(), 'w-holds', v, CASE WHEN v = 1 THEN 'credit' ELSE 'debit' END, CASE WHEN v = 1 THEN 10000 ELSE -100 END,
           10000 - 100 * (v - 1), 'ref-' || v, NULL, '2026-12-06T10:00:00Z'::timestamptz + v * interval '1 minute'
    FROM generate_series(1, 5) AS v`);
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

describe('listHoldsWithOwner', () => {
  it('answers the owner with the same holds, in the same order, as listHolds', async () => {
    const got = await listHoldsWithOwner(pool, 'w-holds');
    expect(got.ownerId).toBe('u-w-holds');
    expect(got.holds.map((h) => h.holdId)).toEqual(['h-new', 'h-old']);
    expect(got.holds).toEqual(await listHolds(pool, 'w-holds'));
    expect(got.holds[1]).toEqual({
      walletId: 'w-holds', holdId: 'h-old', amount: 200, captured: 200, status: 'captured', reference: 'copay:x',
      expiresAt: '2026-12-07T10:00:00.000Z', placedAt: '2026-12-06T10:00:00.000Z', updatedAt: '2026-12-06T11:00:00.000Z', pharmacyId: 'ph-1',
    });
  });

  it('keeps only the holds in the status asked, alone and with other calls of the same turn', async () => {
    expect((await listHoldsWithOwner(pool, 'w-holds', 'active')).holds.map((h) => h.holdId)).toEqual(['h-new']);
    const [active, captured, expired, all] = await Promise.all([
      listHoldsWithOwner(pool, 'w-holds', 'active'),
      listHoldsWithOwner(pool, 'w-holds', 'captured'),
      listHoldsWithOwner(pool, 'w-holds', 'expired'),
      listHoldsWithOwner(pool, 'w-holds'),
    ]);
    expect(active.holds.map((h) => h.holdId)).toEqual(['h-new']);
    expect(captured.holds.map((h) => h.holdId)).toEqual(['h-old']);
    expect(expired).toEqual({ ownerId: 'u-w-holds', holds: [] });
    expect(all.holds.map((h) => h.holdId)).toEqual(['h-new', 'h-old']);
  });

  it('answers the owner and no holds for a wallet without any', async () => {
    expect(await listHoldsWithOwner(pool, 'w-none')).toEqual({ ownerId: 'u-w-none', holds: [] });
  });

  it('answers no owner for a wallet that does not exist', async () => {
    expect(await listHoldsWithOwner(pool, 'w-missing')).toEqual({ ownerId: null, holds: [] });
  });
});

describe('listTransactionsWithOwner', () => {
  it('answers the owner with the same pages as listTransactions', async () => {
    for (const page of [{ limit: 2 }, { limit: 2, cursor: 4 }, { limit: 2, cursor: 2 }, { limit: 20 }]) {
      const got = await listTransactionsWithOwner(pool, 'w-holds', page);
      expect(got.ownerId).toBe('u-w-holds');
      expect({ items: got.items, nextCursor: got.nextCursor }).toEqual(await listTransactions(pool, 'w-holds', page));
    }
    expect((await listTransactionsWithOwner(pool, 'w-holds', { limit: 2 })).items.map((t) => t.version)).toEqual([5, 4]);
    expect((await listTransactionsWithOwner(pool, 'w-holds', { limit: 2, cursor: 2 }))).toMatchObject({ nextCursor: null });
  });

  it('answers the owner and no lines for a wallet without any (or past the last page)', async () => {
    expect(await listTransactionsWithOwner(pool, 'w-none', { limit: 20 })).toEqual({ ownerId: 'u-w-none', items: [], nextCursor: null });
    expect(await listTransactionsWithOwner(pool, 'w-holds', { limit: 20, cursor: 1 })).toEqual({ ownerId: 'u-w-holds', items: [], nextCursor: null });
  });

  it('answers no owner for a wallet that does not exist', async () => {
    expect(await listTransactionsWithOwner(pool, 'w-missing', { limit: 20 })).toEqual({ ownerId: null, items: [], nextCursor: null });
  });
});
