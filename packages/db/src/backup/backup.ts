import { open } from 'node:fs/promises';
import pg from 'pg';
import { assertDatabaseName, withDatabase } from '../postgres/urls';
import { dumpWithPgDump, restoreWithPgRestore } from './pg-dump';
import { findPgTool, serverMajor } from './pg-tools';
import { dumpPortable } from './portable';
import { restorePortable } from './restore-portable';

export type BackupFormat = 'pg_dump' | 'portable';

/** Takes a backup with pg_dump when one that can read this server is installed, else in the portable format. */
export async function backupDatabase(url: string, file: string, format?: BackupFormat): Promise<BackupFormat> {
  const pgDump = format === 'portable' ? undefined : findPgTool('pg_dump', await serverMajor(url));
  if (format === 'pg_dump' && !pgDump) throw new Error(`no pg_dump of version ${await serverMajor(url)} or newer found (set PG_BIN)`);
  if (pgDump) dumpWithPgDump(pgDump, url, file);
  else await dumpPortable(url, file);
  return pgDump ? 'pg_dump' : 'portable';
}

/** Restores either format (told apart by the file's first bytes) into an empty database, creating it if needed. */
export async function restoreDatabase(url: string, file: string, opts: { replace?: boolean; log?: (l: string) => void } = {}): Promise<BackupFormat> {
  await prepareTarget(url, opts.replace ?? false);
  const handle = await open(file, 'r');
  const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
  await handle.close();
  if (buffer.toString('latin1') === 'PGDMP') {
    const pgRestore = findPgTool('pg_restore', await serverMajor(url));
    if (!pgRestore) throw new Error(`${file} is a pg_dump archive, but no pg_restore for this server was found (set PG_BIN)`);
    await restoreWithPgRestore(pgRestore, url, file);
    return 'pg_dump';
  }
  await restorePortable(url, file, opts.log);
  return 'portable';
}

/** The target database exists (created when missing; dropped first with `replace`, sessions and all). */
async function prepareTarget(url: string, replace: boolean): Promise<void> {
  const name = assertDatabaseName(decodeURIComponent(new URL(url).pathname.slice(1)));
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    if (replace) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!exists.rowCount) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}
