import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import pg from 'pg';
import { NOT_BACKED_UP } from './plan';

/** pg_dump's libpq takes the URL as is, but not Prisma's `?schema=` parameter. */
const libpqUrl = (url: string) => {
  const u = new URL(url);
  u.searchParams.delete('schema');
  return u.toString();
};

/**
 * pg_dump custom format: the whole schema, and the data of every table but the read models and transient
 * tables (plan.ts). Restorable with pg_restore by anyone, not only by this script.
 */
export function dumpWithPgDump(pgDump: string, connectionString: string, file: string): void {
  const exclude = [...NOT_BACKED_UP.readModels, ...NOT_BACKED_UP.transient].flatMap((t) => ['--exclude-table-data', t]);
  execFileSync(pgDump, ['--format=custom', '--no-owner', '--no-privileges', ...exclude, '--file', file, '--dbname', libpqUrl(connectionString)], { stdio: 'inherit' });
  // Password hashes and encrypted national IDs: readable by the owner only, like the portable format.
  chmodSync(file, 0o600);
}

/** pg_restore into an empty database in one transaction, then the event ids fixed for this cluster (see restore-portable.ts). */
export async function restoreWithPgRestore(pgRestore: string, connectionString: string, file: string): Promise<void> {
  execFileSync(pgRestore, ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', '--dbname', libpqUrl(connectionString), file], { stdio: 'inherit' });
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('UPDATE events SET transaction_id = pg_current_xact_id()');
  } finally {
    await client.end();
  }
}
