import type pg from 'pg';
import { readWayBack } from './down-scripts';
import { readHistory } from './history';
import { withMigrationLock } from './lock';
import { MIGRATIONS_DIR, readMigrations } from './migrations-dir';

export interface RevertOptions {
  migrationsDir?: string;
  lockTimeoutMs?: number;
  log?: (line: string) => void;
  /** Revert every applied migration after this one; without it, only the latest applied. */
  to?: string;
}

/**
 * Runs the `down.sql` of the latest applied migration (or of every one after `to`, latest first) and marks its
 * `_prisma_migrations` row rolled back, script and mark in one transaction. The row stays as history; like
 * Prisma, a rolled-back migration counts as pending, so the next `db:migrate` applies it again.
 * Refuses a migration with no down.sql (its down.md says why) before touching anything.
 */
export async function revertMigrations(connectionString: string, opts: RevertOptions = {}): Promise<string[]> {
  const dir = opts.migrationsDir ?? MIGRATIONS_DIR;
  const folders = await readMigrations(dir);
  if (opts.to !== undefined && !folders.some((f) => f.name === opts.to)) throw new Error(`no migration named ${opts.to}`);
  return withMigrationLock(connectionString, opts.lockTimeoutMs ?? 300_000, async (client) => {
    const applied = await readHistory(client, folders);
    const names = folders.map((f) => f.name).filter((n) => applied.has(n)).reverse();
    const targets = opts.to === undefined ? names.slice(0, 1) : names.filter((n) => n > opts.to!);
    const scripts = await Promise.all(targets.map(async (name) => ({ name, way: await readWayBack(dir, name) })));
    for (const { name, way } of scripts) {
      if (way.kind === 'forward-fix') throw new Error(`${name} has no down script: see ${way.doc}`);
      if (way.kind === 'none') throw new Error(`${name} has neither down.sql nor down.md`);
    }
    const done: string[] = [];
    for (const { name, way } of scripts) {
      if (way.kind !== 'sql') continue;
      opts.log?.(`reverting ${name}`);
      await revertOne(client, name, way.sql);
      done.push(name);
    }
    return done;
  });
}

async function revertOne(client: pg.Client, name: string, sql: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(sql);
    await client.query(
      `UPDATE _prisma_migrations SET rolled_back_at = clock_timestamp(), logs = 'reverted with down.sql'
        WHERE migration_name = $1 AND rolled_back_at IS NULL`,
      [name],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw new Error(`reverting ${name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
  }
}
