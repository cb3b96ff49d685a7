import type pg from 'pg';
import { type MigrationFolder, matchesChecksum } from './migrations-dir';

/** Prisma's own DDL (schema engine, postgres flavour), so `prisma migrate deploy` reads our rows as its own. */
export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

/**
 * Creates the table on first use and returns the names of the applied migrations. Refuses, like Prisma,
 * a non-empty database without history (P3005: it needs baselining, not replaying) and a failed,
 * unresolved migration (P3009); and, stricter than deploy, an applied migration whose file was edited.
 */
export async function readHistory(client: pg.ClientBase, folders: MigrationFolder[]): Promise<Set<string>> {
  const exists = await client.query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "exists"`);
  if (!exists.rows[0]?.exists) {
    const tables = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`);
    if (tables.rowCount) {
      const names = tables.rows.map((r: { tablename: string }) => r.tablename).join(', ');
      throw new Error(`database schema is not empty (${names}) but has no _prisma_migrations: baseline it first`);
    }
    await client.query(CREATE_MIGRATIONS_TABLE);
    return new Set();
  }
  // Rolled-back rows are history only: that migration counts as not applied (as in Prisma).
  const { rows } = await client.query<Row>(
    `SELECT migration_name, checksum, finished_at FROM _prisma_migrations WHERE rolled_back_at IS NULL`,
  );
  const failed = rows.filter((r) => r.finished_at === null).map((r) => r.migration_name);
  if (failed.length) {
    throw new Error(`failed migrations in _prisma_migrations: ${failed.join(', ')}. ` +
      'Fix the database, then mark them with `prisma migrate resolve --rolled-back|--applied <name>`.');
  }
  const byName = new Map(folders.map((f) => [f.name, f]));
  const edited = rows.filter((r) => {
    const folder = byName.get(r.migration_name);
    return folder !== undefined && !matchesChecksum(folder.sql, r.checksum);
  });
  if (edited.length) {
    throw new Error(`applied migrations were edited since (checksum mismatch): ${edited.map((r) => r.migration_name).join(', ')}. ` +
      'Restore the original migration.sql and put the change in a new migration.');
  }
  return new Set(rows.map((r) => r.migration_name));
}
