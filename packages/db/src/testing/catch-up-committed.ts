import { setTimeout as delay } from 'node:timers/promises';
import { catchUp, type CatchUpOptions } from '../projections/catch-up';
import type { Pool } from '../postgres/pool';

const WAIT_MS = 30_000;
const POLL_MS = 2;

/**
 * For specs: project every event committed before this call, then return how many events were applied.
 *
 * `catchUp` reads only transactions older than the oldest one still running anywhere in the Postgres cluster
 * (transaction ids are cluster-wide, so another spec file's database counts): that is what keeps the feed from
 * skipping a late commit. Called once, it can therefore return without a spec's own freshly committed events while
 * another worker's transaction is open, and a spec waiting for their projection (or their NOTIFY) waits forever.
 * The projector never misses them (it polls); a spec calls once, so it first waits, bounded, until every
 * transaction that had started by now has ended.
 */
export async function catchUpCommitted(pool: Pool, opts: CatchUpOptions): Promise<number> {
  await untilEarlierTransactionsEnd(pool);
  return catchUp(pool, opts);
}

/**
 * Waits (bounded) until every transaction that had begun anywhere in the cluster by the time of the call has ended:
 * from then on `readFeed` passes every event committed before the call, and keeps passing the same ones.
 */
export async function untilEarlierTransactionsEnd(pool: Pool): Promise<void> {
  const { rows } = await pool.query<{ horizon: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS horizon');
  const horizon = rows[0]?.horizon;
  if (horizon === undefined) throw new Error('untilEarlierTransactionsEnd: no snapshot');
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const passed = await pool.query<{ passed: boolean }>(
      'SELECT pg_snapshot_xmin(pg_current_snapshot()) >= $1::text::xid8 AS passed',
      [horizon],
    );
    if (passed.rows[0]?.passed) return;
    if (Date.now() > deadline) throw new Error(`untilEarlierTransactionsEnd: ${await openTransactions(pool, horizon)}`);
    await delay(POLL_MS);
  }
}

/** Which sessions still hold a transaction older than `horizon` (for the error a stuck spec prints). */
async function openTransactions(pool: Pool, horizon: string): Promise<string> {
  const { rows } = await pool.query<{ pid: number; datname: string | null; state: string | null; query: string | null }>(
    `SELECT pid, datname, state, left(query, 200) AS query FROM pg_stat_activity
      WHERE backend_xid IS NOT NULL AND backend_xid::text::bigint < ($1::text::xid8::text::bigint % 4294967296)`,
    [horizon],
  );
  const who = rows.map((r) => `pid ${r.pid} in ${r.datname ?? '?'} (${r.state ?? '?'}): ${r.query ?? ''}`).join('; ');
  return `transactions older than this call still open after ${WAIT_MS} ms: ${who || 'none found (prepared transactions?)'}`;
}
