import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, createTestDatabase } from '../testing/database';
import { applyMigrations } from './apply';
import { diffDatabaseToSchema, diffMigrationsToSchema } from './diff';
import { SCHEMA_PATH, readMigrations } from './migrations-dir';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('prisma/migrations vs schema.prisma', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('applies every folder once, recorded as prisma migrate deploy records it', async () => {
    const folders = await readMigrations();
    expect(folders.length).toBeGreaterThan(0);
    expect(await applyMigrations(db.connectionString)).toEqual(folders.map((f) => f.name));

    const rows = await query<{ migration_name: string; checksum: string; steps: number; done: boolean }>(
      db.connectionString,
      `SELECT migration_name, checksum, applied_steps_count AS steps,
              finished_at IS NOT NULL AND rolled_back_at IS NULL AND logs IS NULL AS done
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows).toEqual(folders.map((f) => ({ migration_name: f.name, checksum: f.checksum, steps: 1, done: true })));
    expect(await applyMigrations(db.connectionString)).toEqual([]);
  });

  it('has no drift: the migrations and the migrated database both equal schema.prisma', async () => {
    // If this fails, run `npm run migration:new -w @healthpay/db -- <name>` and commit the new folder.
    expect(await diffMigrationsToSchema(db.connectionString)).toBe('');
    expect(await diffDatabaseToSchema(db.connectionString)).toBe('');
  });

  it('notices drift (guards against an engine that silently diffs nothing)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hp-drift-'));
    try {
      const schema = await readFile(SCHEMA_PATH, 'utf8');
      const changed = schema.replace(/^model Pharmacy \{$/m, 'model Pharmacy {\n  driftProbe Int?');
      expect(changed).not.toBe(schema);
      await writeFile(path.join(dir, 'schema.prisma'), changed);
      const sql = await diffMigrationsToSchema(db.connectionString, { schemaPath: path.join(dir, 'schema.prisma') });
      expect(sql).toMatch(/ALTER TABLE "pharmacies" ADD COLUMN\s+"driftProbe" INTEGER/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lets only one of two concurrent runs apply (advisory lock)', async () => {
    const other = await createTestDatabase();
    try {
      const runs = await Promise.all([applyMigrations(other.connectionString), applyMigrations(other.connectionString)]);
      const names = (await readMigrations()).map((f) => f.name);
      expect(runs.map((r) => r.length).sort()).toEqual([0, names.length]);
      expect(await query(other.connectionString, 'SELECT 1 FROM _prisma_migrations')).toHaveLength(names.length);
    } finally {
      await other.drop();
    }
  });

  it('refuses to run when an applied migration no longer matches its file', async () => {
    const other = await createTestDatabase();
    try {
      await applyMigrations(other.connectionString);
      await query(other.connectionString, `UPDATE _prisma_migrations SET checksum = repeat('0', 64)`);
      await expect(applyMigrations(other.connectionString)).rejects.toThrow(/checksum mismatch/);
    } finally {
      await other.drop();
    }
  });
});
