import type { Pool } from '../postgres/pool';

/** Counts one hit of `key` in the window starting at `windowStart` (one upsert, shared by every process); the count so far. */
export async function countRateLimitHit(pool: Pool, key: string, windowStart: Date): Promise<number> {
  const res = await pool.query<{ count: number }>(
    `INSERT INTO rate_limits (key, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1
     RETURNING count`,
    [key, windowStart],
  );
  return res.rows[0]?.count ?? 1;
}
