import type { PoolClient } from '../postgres/pool';
import { statementValues } from './statement-values';
import type { AppendOutcome, AppendRequest } from './types';

/**
 * The whole batch as ONE statement in its own implicit transaction: one round trip to Postgres per commit
 * (BEGIN, three INSERTs and COMMIT were five), and a named prepared statement, so it is parsed and planned
 * once per connection. No NOTIFY in it: the committer sends that after the commit (commit-notifier.ts).
 * Requests whose first version already exists (a stale expected version) or whose Idempotency-Key is
 * already stored are left out and reported; nothing of theirs is written. Plain INSERTs
 * (no ON CONFLICT): a clash with a transaction still in flight (another process) fails the statement, so
 * nothing commits, and the caller falls back to `writeBatch`'s transaction, which sorts that out row by row.
 * Parameters are array literals built here, and the JSON columns one text each, split in SQL (statement-params.ts).
 */
const WRITE_BATCH = `
WITH e AS (
  SELECT * FROM unnest($1::int[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[],
    string_to_array($7::text, E'\\x1e'), string_to_array($8::text, E'\\x1e'))
    AS e(req, event_id, aggregate_id, aggregate_type, event_type, version, data, meta)
), i AS (
  SELECT * FROM unnest($9::int[], $10::text[], $11::text[], $12::text[], $13::text[]) AS i(req, scope, key, hash, response)
), clash AS (
  SELECT DISTINCT e.req, e.aggregate_id FROM e
  WHERE EXISTS (SELECT 1 FROM events x WHERE x.aggregate_id = e.aggregate_id AND x.version = e.version)
), taken AS (
  SELECT i.req FROM i WHERE EXISTS (SELECT 1 FROM idempotency_keys k WHERE k.scope = i.scope AND k.key = i.key)
), refused AS (
  SELECT req FROM clash UNION SELECT req FROM taken
), new_events AS (
  INSERT INTO events (event_id, aggregate_id, aggregate_type, event_type, version, event_data, metadata)
  SELECT e.event_id, e.aggregate_id, e.aggregate_type, e.event_type, e.version, e.data::jsonb, e.meta::jsonb
  FROM e WHERE e.req NOT IN (SELECT req FROM refused)
  ORDER BY e.aggregate_id, e.version
), new_keys AS (
  INSERT INTO idempotency_keys (scope, key, request_hash, response)
  SELECT i.scope, i.key, i.hash, i.response::jsonb FROM i WHERE i.req NOT IN (SELECT req FROM refused)
), new_audit AS (
  INSERT INTO audit_log (at, actor_id, role, action, aggregate_id, result, ip, user_agent, details)
  SELECT COALESCE(a.at, now()), a.actor_id, a.role, a.action, a.aggregate_id, a.result, a.ip, a.user_agent, a.details::jsonb
  FROM unnest($14::int[], $15::timestamptz[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[], $21::text[], $22::text[],
    string_to_array($23::text, E'\\x1e'))
    AS a(req, at, actor_id, role, action, aggregate_id, result, ip, user_agent, details)
  WHERE a.req NOT IN (SELECT req FROM refused)
)
SELECT r.req, r.aggregate_id, (SELECT max(x.version) FROM events x WHERE x.aggregate_id = r.aggregate_id)::int AS actual
FROM (SELECT req, aggregate_id FROM clash UNION ALL SELECT req, NULL FROM taken) AS r
`;

/** Bumped whenever WRITE_BATCH changes: a connection keeps a prepared statement under its name. */
const STATEMENT = 'hp_write_batch_3';

interface Row {
  req: number;
  aggregate_id: string | null;
  actual: number | null;
}

/** Commits the batch in one statement (see WRITE_BATCH); a Postgres error means nothing was written. */
export async function writeOneStatement(client: PoolClient, requests: AppendRequest[]): Promise<AppendOutcome[]> {
  const res = await client.query<Row>({ name: STATEMENT, text: WRITE_BATCH, values: statementValues(requests) });
  const outcomes: AppendOutcome[] = requests.map(() => ({ status: 'committed' }));
  const clashes = new Map<number, Map<string, number>>();
  for (const row of res.rows) {
    if (row.aggregate_id === null) {
      outcomes[row.req] = { status: 'idempotency-race' };
      continue;
    }
    const streams = clashes.get(row.req) ?? new Map<string, number>();
    clashes.set(row.req, streams.set(row.aggregate_id, row.actual ?? 0));
  }
  // A version clash wins over a taken key (the command must be decided again); report the request's first moved stream.
  for (const [req, streams] of clashes) {
    const s = requests[req]?.streams.find((x) => streams.has(x.streamId));
    if (s) outcomes[req] = { status: 'conflict', streamId: s.streamId, expectedVersion: s.expectedVersion, actualVersion: streams.get(s.streamId) ?? 0 };
  }
  return outcomes;
}

