import type { FeedPosition } from '../event-store/read-feed';
import type { Pool, PoolClient } from '../postgres/pool';

/** The embedded projector's checkpoint: every Postgres read model moves with it (services/projector). */
export const READ_MODELS_CHECKPOINT = 'postgres-read-models';

/** One event a command wrote: its stream and version. */
export interface WrittenEvent {
  streamId: string;
  version: number;
}

/** Where a checkpoint is (the feed's start while it has no row); a plain read, unlike `readCheckpoint`. */
export async function projectedPosition(db: Pool | PoolClient, name: string): Promise<FeedPosition> {
  const res = await db.query<{ transaction_id: number; position: number }>({
    name: 'hp_projected_position',
    text: 'SELECT transaction_id::text::bigint AS transaction_id, position FROM projector_checkpoints WHERE name = $1',
    values: [name],
  });
  const row = res.rows[0];
  return row ? { transactionId: Number(row.transaction_id), position: Number(row.position) } : { transactionId: 0, position: 0 };
}

/**
 * The feed position a checkpoint must reach for these events to be projected: the last event of the latest
 * transaction that wrote one of them (a group commit's whole transaction; the feed is read in transaction order).
 * Null when none of them is stored.
 */
export async function feedPositionAfter(db: Pool | PoolClient, written: readonly WrittenEvent[]): Promise<FeedPosition | null> {
  if (written.length === 0) return null;
  const res = await db.query<{ transaction_id: number; position: number }>({
    name: 'hp_feed_position_after',
    text: `SELECT t.transaction_id::text::bigint AS transaction_id,
        (SELECT max(x.position) FROM events x WHERE x.transaction_id = t.transaction_id) AS position
      FROM (SELECT max(e.transaction_id) AS transaction_id FROM events e
        JOIN unnest($1::text[], $2::int[]) AS w(id, v) ON e.aggregate_id = w.id AND e.version = w.v) t
      WHERE t.transaction_id IS NOT NULL`,
    values: [written.map((w) => w.streamId), written.map((w) => w.version)],
  });
  const row = res.rows[0];
  return row ? { transactionId: Number(row.transaction_id), position: Number(row.position) } : null;
}

/** Whether the feed position `at` has reached `target` (the feed is ordered by transaction id, then position). */
export const reached = (at: FeedPosition, target: FeedPosition): boolean =>
  at.transactionId > target.transactionId || (at.transactionId === target.transactionId && at.position >= target.position);
