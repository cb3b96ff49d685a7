import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { backupTables } from './plan';

/**
 * The portable backup format, for servers no installed pg_dump can read (the embedded Postgres 18 of `npm start`
 * next to a system pg_dump 15): gzip'd JSON lines, one header, then per table a `{"$table"}` line and its rows
 * as `row_to_json`, all read in one REPEATABLE READ snapshot (consistent across tables, like pg_dump).
 */
export const PORTABLE_FORMAT = 'healthpay-backup/1';
const PAGE = 1_000;

export interface BackupHeader { format: typeof PORTABLE_FORMAT; createdAt: string; migrations: string[]; tables: string[] }

export async function dumpPortable(connectionString: string, file: string): Promise<BackupHeader> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const gzip = createGzip();
  const out = gzip.pipe(createWriteStream(file, { mode: 0o600 }));
  const write = async (line: unknown) => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, 'drain');
  };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await backupTables(client);
    const { rows } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM _prisma_migrations WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL ORDER BY 1`,
    );
    const header: BackupHeader = { format: PORTABLE_FORMAT, createdAt: new Date().toISOString(), migrations: rows.map((r) => r.name), tables };
    await write(header);
    for (const table of tables) {
      await write({ $table: table });
      await client.query(`DECLARE rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${client.escapeIdentifier(table)} t`);
      for (;;) {
        const page = await client.query<{ j: string }>(`FETCH ${PAGE} FROM rows`);
        for (const r of page.rows) if (!gzip.write(`${r.j}\n`)) await once(gzip, 'drain');
        if (page.rows.length < PAGE) break;
      }
      await client.query('CLOSE rows');
    }
    await client.query('COMMIT');
    gzip.end();
    await once(out, 'finish');
    return header;
  } catch (error) {
    gzip.destroy();
    throw error;
  } finally {
    await client.end();
  }
}

/** Reads a portable backup: the header, then each table's rows in batches. */
export async function* readPortable(file: string): AsyncGenerator<{ header: BackupHeader } | { table: string; rows: string[] }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let table: string | undefined;
  let rows: string[] = [];
  let first = true;
  for await (const line of lines) {
    if (first) {
      const header = JSON.parse(line) as BackupHeader;
      if (header.format !== PORTABLE_FORMAT) throw new Error(`${file} is not a ${PORTABLE_FORMAT} backup`);
      yield { header };
      first = false;
      continue;
    }
    // A table marker is {"$table": …}: no column is named `$table`, so it is never a row.
    const marker = line.startsWith('{"$table":') ? (JSON.parse(line) as { $table: string }) : undefined;
    if (marker) {
      if (table && rows.length) yield { table, rows };
      table = marker.$table;
      rows = [];
      continue;
    }
    rows.push(line);
    if (rows.length >= PAGE && table) {
      yield { table, rows };
      rows = [];
    }
  }
  if (table && rows.length) yield { table, rows };
}
