import type { Pool } from '../postgres/pool';

/**
 * The lowest `projector_checkpoints` row as (transaction id, position) text, the feed's start when there is none:
 * events past it may not be applied by some projection yet. Checkpoints move through the feed in (transaction,
 * position) order, so "past" compares that pair (`pastCheckpoint`): a transaction that took its positions before an
 * older one took later positions is still past a checkpoint that passed the older one.
 */
export async function lowestCheckpoint(pool: Pool): Promise<[transactionId: string, position: string]> {
  const res = await pool.query<{ t: string; p: string }>(
    'SELECT transaction_id::text AS t, position::text AS p FROM projector_checkpoints ORDER BY transaction_id, position LIMIT 1',
  );
  const row = res.rows[0];
  return row ? [row.t, row.p] : ['0', '0'];
}

/**
 * SQL condition on `events e`: past the checkpoint given as parameters `$n` (transaction id) and `$n+1` (position).
 * As parameters, not a subquery, so the plan knows the bound and walks `events (transaction_id, position)` from it.
 */
export const pastCheckpoint = (n: number) => `(e.transaction_id, e.position) > ($${n}::text::xid8, $${n + 1}::bigint)`;
