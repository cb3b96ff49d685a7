import pg from 'pg';

// The key `prisma migrate deploy` locks: sharing it serialises us with Prisma's CLI too.
export const PRISMA_MIGRATE_LOCK = 72707369;

/**
 * One connection holding the migration lock (session level, so it spans the per-migration transactions run
 * inside `fn`). lock_timeout bounds the wait for another migrator (ours or Prisma's).
 */
export async function withMigrationLock<T>(connectionString: string, lockTimeoutMs: number, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // Prisma URLs may carry ?schema=; pg ignores it, so honour it like the schema engine does.
    const schema = new URL(connectionString).searchParams.get('schema');
    if (schema) await client.query(`SET search_path TO ${client.escapeIdentifier(schema)}`);
    await client.query(`SET lock_timeout = ${Math.max(0, Math.trunc(lockTimeoutMs))}`);
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]).catch((error: Error) => {
      throw new Error(`could not take the migration lock (another migrator is running?): ${error.message}`);
    });
    await client.query('SET lock_timeout = 0');
    try {
      return await fn(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]);
    }
  } finally {
    await client.end();
  }
}
