import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { readHistory } from './history';
import { withMigrationLock } from './lock';
import { MIGRATIONS_DIR, readMigrations } from './migrations-dir';

export interface ApplyOptions {
  /** Defaults to packages/db/prisma/migrations. */
  migrationsDir?: string;
  /** How long to wait for another migrator (ours or `prisma migrate deploy`). Default 5 minutes. */
  lockTimeoutMs?: number;
  log?: (line: string) => void;
  /** Stop after this migration (its folder name): later ones stay pending. */
  to?: string;
}

/**
 * Applies every migration folder not yet recorded in _prisma_migrations, in name order, and returns
 * their names (up to `to` when given). Plain `pg` on one connection (no schema engine): this runs at startup and must be fast.
 */
export async function applyMigrations(connectionString: string, opts: ApplyOptions = {}): Promise<string[]> {
  const folders = await readMigrations(opts.migrationsDir ?? MIGRATIONS_DIR);
  const last = opts.to === undefined ? folders.length : folders.findIndex((f) => f.name === opts.to) + 1;
  if (last === 0) throw new Error(`no migration named ${opts.to}`);
  return withMigrationLock(connectionString, opts.lockTimeoutMs ?? 300_000, async (client) => {
    // Read under the lock: a concurrent migrator may just have applied some of them.
    const applied = await readHistory(client, folders);
    const done: string[] = [];
    for (const m of folders.slice(0, last).filter((f) => !applied.has(f.name))) {
      opts.log?.(`applying ${m.name}`);
      await applyOne(client, m.name, m.checksum, m.sql);
      done.push(m.name);
    }
    return done;
  });
}

/**
 * One migration, script and bookkeeping in a single transaction. Unlike Prisma (which leaves a failed
 * row behind, P3009), a failure rolls everything back: no half-applied schema, and a rerun just retries.
 */
async function applyOne(client: pg.Client, name: string, checksum: string, sql: string): Promise<void> {
  await client.query('BEGIN');
  try {
    const id = randomUUID();
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [id, checksum, name],
    );
    // No parameters: pg sends a simple query, so the whole multi-statement file runs, like Prisma's.
    await client.query(sql);
    await client.query(
      `UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw new Error(`migration ${name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
  }
}
