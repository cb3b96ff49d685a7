import type { Pool, PoolClient } from '../postgres/pool';

type Statement = { text: string; values: unknown[] };

/** The statements `run` sends through the pool it is given (the same pool, watched), with their parameters. */
async function sentBy(pool: Pool, run: (pool: Pool) => Promise<unknown>): Promise<Statement[]> {
  const sent: Statement[] = [];
  const watched = new Proxy(pool, {
    get(target, key, receiver) {
      if (key !== 'query') return Reflect.get(target, key, receiver) as unknown;
      return (q: string | Statement, values?: unknown[]) => {
        sent.push(typeof q === 'string' ? { text: q, values: values ?? [] } : { text: q.text, values: q.values ?? values ?? [] });
        return target.query(q as string, values);
      };
    },
  });
  await run(watched);
  return sent;
}

/** `explain` run on one connection of `pool` with the planner `settings`, reset when it ends. */
async function onPlannerConnection<T>(pool: Pool, settings: string, explain: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(settings);
    return await explain(client);
  } finally {
    await client.query('RESET ALL');
    client.release();
  }
}

/**
 * Specs: the plans of the statements `run` sends, each EXPLAINed with its own parameters on a connection where
 * sequential scans are off: a spec's small tables would be read whole anyway, so this shows which index, if any, a
 * list can read in its own order when the table is large.
 */
export async function plansOfSent(pool: Pool, run: (pool: Pool) => Promise<unknown>): Promise<string[]> {
  const sent = await sentBy(pool, run);
  return onPlannerConnection(pool, 'SET enable_seqscan = off', async (client) => {
    const plans: string[] = [];
    for (const s of sent) {
      const res = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${s.text}`, s.values);
      plans.push(res.rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
    return plans;
  });
}

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

const rowsOf = (node: PlanNode, table: string): number =>
  (node['Relation Name'] === table ? ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) * (node['Actual Loops'] ?? 1) : 0)
  + (node.Plans ?? []).reduce((n, child) => n + rowsOf(child, table), 0);

/**
 * Specs: how many rows of `table` the statements `run` sends read (returned or filtered out by its scans), run again
 * under EXPLAIN ANALYZE with index lookups preferred (no sequential scans, hash or merge joins), as on large tables.
 */
export async function rowsReadBySent(pool: Pool, table: string, run: (pool: Pool) => Promise<unknown>): Promise<number> {
  const sent = await sentBy(pool, run);
  return onPlannerConnection(pool, 'SET enable_seqscan = off; SET enable_hashjoin = off; SET enable_mergejoin = off', async (client) => {
    let rows = 0;
    for (const s of sent) {
      const res = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${s.text}`, s.values);
      rows += rowsOf(res.rows[0]!['QUERY PLAN'][0].Plan, table);
    }
    return rows;
  });
}
