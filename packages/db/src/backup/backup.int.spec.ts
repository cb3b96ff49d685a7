import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../postgres/pool';
import { catchUpCommitted } from '../testing/catch-up-committed';
import { readModels } from '../read-models/all';
import { seedDemoData } from '../seed/seed';
import { type TestDatabase, createMigratedTestDatabase } from '../testing/database';
import { backupDatabase, restoreDatabase } from './backup';
import { findPgTool, serverMajor } from './pg-tools';

const project = (pool: Pool) => catchUpCommitted(pool, { name: 'postgres-read-models', projections: readModels });

/** What must survive: balances and cards (read models, rebuilt), identity and the event store (restored). */
async function state(pool: Pool) {
  const q = async (sql: string) => (await pool.query(sql)).rows;
  return {
    wallets: await q('SELECT * FROM wallets ORDER BY wallet_id'),
    walletTransactions: await q('SELECT * FROM wallet_transactions ORDER BY wallet_id, version'),
    medcards: await q('SELECT * FROM medcards ORDER BY card_id'),
    // The projection encrypts national IDs afresh (a new nonce each time): compared by keyed hash and mask.
    beneficiaries: (await q('SELECT * FROM medcard_beneficiaries ORDER BY card_id, beneficiary_id')).map(({ national_id_ciphertext: _, ...rest }) => rest),
    users: await q('SELECT * FROM users ORDER BY id'),
    pharmacies: await q('SELECT * FROM pharmacies ORDER BY id'),
    organizations: await q('SELECT * FROM organizations ORDER BY id'),
    events: await q('SELECT position, event_id, aggregate_id, version, event_type, event_data, metadata FROM events ORDER BY position'),
  };
}

describe('db:backup → drop → db:restore → projections rebuilt', () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createMigratedTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'hp-backup-'));
  });
  afterAll(async () => {
    await db?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('every wallet balance and card is what it was, identity and events too, and new events still append after', async () => {
    let pool = createPool(db.connectionString, 4);
    await seedDemoData(pool);
    await project(pool);
    const before = await state(pool);
    expect(before.wallets.length).toBeGreaterThan(0);
    expect(before.medcards.length).toBeGreaterThan(0);
    await pool.end();

    const file = path.join(dir, 'healthpay.backup');
    // The test server is the embedded Postgres 18; the format is whatever db:backup picks for it.
    const format = await backupDatabase(db.connectionString, file);
    const major = await serverMajor(db.connectionString);
    expect(major).toBeGreaterThanOrEqual(15);
    expect(format).toBe(findPgTool('pg_dump', major) ? 'pg_dump' : 'portable');

    await restoreDatabase(db.connectionString, file, { replace: true });
    pool = createPool(db.connectionString, 4);
    try {
      const restored = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM wallets');
      expect(restored.rows[0]!.n).toBe(0);
      await project(pool);
      expect(await state(pool)).toEqual(before);
      // The feed sees restored events and later ones, in order: a new event lands after them and is projected.
      const next = await pool.query<{ p: number }>(
        `INSERT INTO events (event_id, aggregate_id, aggregate_type, event_type, version, event_data, metadata)
         VALUES (gen_random_uuid(), 'after-restore', 'probe', 'Probed', 1, '{}', '{}') RETURNING position AS p`,
      );
      expect(next.rows[0]!.p).toBeGreaterThan(before.events.at(-1)!.position as number);
    } finally {
      await pool.end();
    }
  });

  it('refuses to restore over a database that has tables, unless told to replace it', async () => {
    const file = path.join(dir, 'again.backup');
    await backupDatabase(db.connectionString, file);
    await expect(restoreDatabase(db.connectionString, file)).rejects.toThrow(/not empty/);
    const client = new pg.Client({ connectionString: db.connectionString });
    await client.connect();
    expect((await client.query('SELECT count(*)::int AS n FROM events')).rows[0].n).toBeGreaterThan(0);
    await client.end();
  });
});
