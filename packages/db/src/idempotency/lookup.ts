import type { Pool } from '../postgres/pool';

export interface StoredIdempotency {
  requestHash: string;
  response: unknown;
}

/** The first result recorded under (scope, key), if any. */
export async function findIdempotency(pool: Pool, scope: string, key: string): Promise<StoredIdempotency | null> {
  const res = await pool.query<{ request_hash: string; response: unknown }>(
    'SELECT request_hash, response FROM idempotency_keys WHERE scope = $1 AND key = $2',
    [scope, key],
  );
  const row = res.rows[0];
  return row ? { requestHash: row.request_hash, response: row.response } : null;
}
