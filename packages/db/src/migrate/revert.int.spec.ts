import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, createMigratedTestDatabase, createTestDatabase } from '../testing/database';
import { applyMigrations } from './apply';
import { readWayBack } from './down-scripts';
import { MIGRATIONS_DIR, readMigrations } from './migrations-dir';
import { revertMigrations } from './revert';
import { schemaSnapshot } from './schema-snapshot';

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
const snapshot = (url: string) => withClient(url, schemaSnapshot);

describe('every migration has a written way back', () => {
  it('down.sql or down.md beside every migration.sql', async () => {
    const folders = await readMigrations();
    const missing: string[] = [];
    for (const f of folders) if ((await readWayBack(MIGRATIONS_DIR, f.name)).kind === 'none') missing.push(f.name);
    expect(missing).toEqual([]);
  });
});

describe('db:migrate --down / --to', () => {
  const dbs: TestDatabase[] = [];
  afterAll(() => Promise.all(dbs.map((d) => d.drop())));
  const fresh = async (migrated: boolean) => {
    const db = migrated ? await createMigratedTestDatabase() : await createTestDatabase();
    dbs.push(db);
    return db.connectionString;
  };

  it('each down.sql, run right after its migration, gives back exactly the schema before it', async () => {
    const url = await fresh(false);
    const folders = await readMigrations();
    let before = await snapshot(url);
    const checked: string[] = [];
    for (const { name } of folders) {
      expect(await applyMigrations(url, { to: name })).toEqual([name]);
      if ((await readWayBack(MIGRATIONS_DIR, name)).kind === 'sql') {
        const applied = await snapshot(url);
        expect(await revertMigrations(url)).toEqual([name]);
        expect({ name, schema: await snapshot(url) }).toEqual({ name, schema: before });
        expect(await applyMigrations(url, { to: name })).toEqual([name]);
        expect({ name, schema: await snapshot(url) }).toEqual({ name, schema: applied });
        checked.push(name);
      }
      before = await snapshot(url);
    }
    expect(checked.length).toBeGreaterThan(0);
    // Every migration applied, reverted and applied again: longer than one migration run, and growing with them.
  }, 240_000);

  describe('on a copy of the migrated database', () => {
    let url: string;
    let latest: string;
    beforeAll(async () => {
      url = await fresh(true);
      const withDown = [];
      for (const f of await readMigrations()) if ((await readWayBack(MIGRATIONS_DIR, f.name)).kind === 'sql') withDown.push(f.name);
      latest = (await readMigrations()).at(-1)!.name;
      expect(withDown).toContain(latest);
    });

    it('--down reverts the latest, recorded as rolled back, and migrating again re-applies it', async () => {
      expect(await revertMigrations(url)).toEqual([latest]);
      const rows = await withClient(url, (c) => c.query<{ rolled: boolean; logs: string | null }>(
        `SELECT rolled_back_at IS NOT NULL AS rolled, logs FROM _prisma_migrations WHERE migration_name = $1`, [latest]));
      expect(rows.rows).toEqual([{ rolled: true, logs: 'reverted with down.sql' }]);
      expect(await applyMigrations(url)).toEqual([latest]);
      expect(await applyMigrations(url)).toEqual([]);
    });

    it('--to <name> stops there: later migrations are reverted latest first, then applied again up to the end', async () => {
      const names = (await readMigrations()).map((f) => f.name);
      // Go back as far as down scripts allow: the latest migrations that all have a down.sql.
      let first = names.length;
      while (first > 0 && (await readWayBack(MIGRATIONS_DIR, names[first - 1]!)).kind === 'sql') first--;
      const target = names[first - 1]!;
      const later = names.slice(first);
      expect(later.length).toBeGreaterThan(1);
      expect(await revertMigrations(url, { to: target })).toEqual([...later].reverse());
      expect(await applyMigrations(url, { to: target })).toEqual([]);
      expect(await applyMigrations(url)).toEqual(later);
    });

    it('refuses, before touching anything, to go back past a migration that only has a forward fix', async () => {
      const before = await snapshot(url);
      await expect(revertMigrations(url, { to: '20261122020707_init' })).rejects.toThrow(/no down script: see .*down\.md/);
      expect(await snapshot(url)).toEqual(before);
      await expect(revertMigrations(url, { to: 'nope' })).rejects.toThrow(/no migration named nope/);
    });
  });
});
