import pg from 'pg';
import { applyMigrations } from '../migrate/apply';
import { readPortable, type BackupHeader } from './portable';

/**
 * Restores a portable backup into an empty database: migrates it to exactly the backup's migrations, then, in
 * one transaction, replaces the rows of every backed-up table (migrations' own reference rows included).
 * Events get the restoring transaction's id: ids of another cluster may lie ahead of this one's and would
 * hide them from the feed (it reads below the oldest running transaction); one id keeps position order,
 * which within a stream is version order. Read models stay empty: run `npm run projections:rebuild` next.
 */
export async function restorePortable(connectionString: string, file: string, log: (line: string) => void = () => {}): Promise<BackupHeader> {
  const reader = readPortable(file);
  const first = await reader.next();
  if (first.done || !('header' in first.value)) throw new Error(`${file}: no backup header`);
  const header = first.value.header;
  await assertEmpty(connectionString);
  const last = header.migrations.at(-1);
  const applied = last ? await applyMigrations(connectionString, { to: last }) : [];
  if (applied.join() !== header.migrations.join()) {
    throw new Error(`the backup's migrations (${header.migrations.length}) are not a prefix of prisma/migrations: restore with the code that took it`);
  }
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('BEGIN');
    const data = header.tables.filter((t) => t !== '_prisma_migrations');
    for (const t of [...data].reverse()) await client.query(`DELETE FROM ${client.escapeIdentifier(t)}`);
    const counts = new Map<string, number>();
    for await (const chunk of reader) {
      if (!('table' in chunk) || chunk.table === '_prisma_migrations') continue;
      const t = client.escapeIdentifier(chunk.table);
      await client.query(`INSERT INTO ${t} SELECT * FROM json_populate_recordset(null::${t}, $1::json)`, [`[${chunk.rows.join(',')}]`]);
      counts.set(chunk.table, (counts.get(chunk.table) ?? 0) + chunk.rows.length);
    }
    await client.query('UPDATE events SET transaction_id = pg_current_xact_id()');
    await resetSequences(client);
    await client.query('COMMIT');
    for (const t of data) log(`restored ${t}: ${counts.get(t) ?? 0} rows`);
    return header;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

async function assertEmpty(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()`);
    if (rows[0]!.n > 0) throw new Error('the target database is not empty: restore into a new database (or pass --replace)');
  } finally {
    await client.end();
  }
}

/** Every serial column's sequence moved past the restored rows (events.position above all). */
async function resetSequences(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ t: string; c: string; seq: string }>(
    `SELECT table_name AS t, column_name AS c, pg_get_serial_sequence(quote_ident(table_name), column_name) AS seq
       FROM information_schema.columns
      WHERE table_schema = current_schema() AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`,
  );
  for (const r of rows) {
    await client.query(`SELECT setval($1, COALESCE((SELECT max(${client.escapeIdentifier(r.c)}) FROM ${client.escapeIdentifier(r.t)}), 0) + 1, false)`, [r.seq]);
  }
}
