import { readCheckpoint, type Pool } from '@healthpay/db';

/**
 * Committed events past a checkpoint (the relay's: not yet on Kafka), counted up to `cap` so a huge backlog
 * costs a bounded scan. Read on a timer, never on the relay's path.
 */
export async function feedBacklog(pool: Pool, checkpoint: string, cap = 100_000): Promise<number> {
  const from = await readCheckpoint(pool, checkpoint);
  const res = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT 1 FROM events WHERE (transaction_id, position) > ($1::text::xid8, $2::bigint) LIMIT $3
     ) x`,
    [String(from.transactionId), from.position, cap],
  );
  return res.rows[0]?.n ?? 0;
}
