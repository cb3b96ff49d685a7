import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../postgres/pool';
import { catchUp } from '../projections/catch-up';
import { readModels } from '../read-models/all';
import { seedDemoData } from '../seed/seed';
import { catchUpCommitted } from './catch-up-committed';
import { createMigratedTestDatabase, createTestDatabase, type TestDatabase } from './database';

let db: TestDatabase;
let other: TestDatabase;
let pool: Pool;
beforeAll(async () => {
  [db, other] = await Promise.all([createMigratedTestDatabase(), createTestDatabase()]);
  pool = createPool(db.connectionString, 4);
});
afterAll(async () => {
  await pool?.end();
  await Promise.all([db?.drop(), other?.drop()]);
});

describe('catchUpCommitted', () => {
  it('projects what was committed before the call even while an older transaction is open in another database', async () => {
    // Another spec file's transaction, begun before our events and still open (transaction ids are cluster-wide).
    const blocker = new pg.Client({ connectionString: other.connectionString });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT pg_current_xact_id()');
      await seedDemoData(pool);
      // The plain catch-up sees none of it yet: every event is newer than the open transaction.
      expect(await catchUp(pool, { name: 'spec-plain', projections: readModels })).toBe(0);

      const projecting = catchUpCommitted(pool, { name: 'spec-committed', projections: readModels });
      const early = await Promise.race([projecting.then(() => 'returned'), delay(100).then(() => 'waiting')]);
      expect(early).toBe('waiting');
      await blocker.query('COMMIT');
      expect(await projecting).toBeGreaterThan(0);
      const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
      expect(await catchUp(pool, { name: 'spec-plain', projections: readModels })).toBe(rows[0]?.n);
    } finally {
      await blocker.end();
    }
  });
});
