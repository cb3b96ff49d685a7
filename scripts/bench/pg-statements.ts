import pg from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '@healthpay/db/ops';

/**
 * A bench's embedded Postgres with `pg_stat_statements` loaded (BENCH_PG_STATEMENTS=1): started once to set
 * `shared_preload_libraries`, then again with it. Without `statements`, the plain embedded server.
 */
export async function startBenchPostgres(dataDir: string, port: number, statements: boolean): Promise<RunningPostgres> {
  if (!statements) return startEmbeddedPostgres({ dataDir, port, persistent: false });
  const first = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  await withClient(first.adminUrl, (c) => c.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`));
  await first.stop();
  return startEmbeddedPostgres({ dataDir, port, persistent: true });
}

async function withClient<T>(url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'bench-observer' });
  await client.connect();
  try {
    return await f(client);
  } finally {
    await client.end();
  }
}

/** Creates the extension in the bench's database and forgets what ran before the measured window. */
export const resetStatements = (url: string): Promise<unknown> => withClient(url, async (c) => {
  await c.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await c.query('SELECT pg_stat_statements_reset()');
});

/** The statements that took most of the server's time since the reset: calls, rows and µs of execution per event. */
export const topStatements = (url: string, events: number, top = 15): Promise<string> => withClient(url, async (c) => {
  const res = await c.query<{ query: string; calls: string; rows: string; ms: number }>(
    `SELECT query, calls, rows, total_exec_time AS ms FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
      ORDER BY total_exec_time DESC LIMIT $1`, [top],
  );
  const per = (n: number) => (n / events).toFixed(3);
  return res.rows.map((r) => `  ${Math.round((r.ms * 1000) / events)} µs/event, ${per(Number(r.calls))} calls/event, ${per(Number(r.rows))} rows/event: ${r.query.replace(/\s+/g, ' ').slice(0, 140)}`).join('\n');
});

/** ANALYZE the bench's database: statistics as a running one has them, and every cached plan made again (pipeline run 6). */
export const analyzeDatabase = (url: string): Promise<unknown> => withClient(url, (c) => c.query('ANALYZE'));
