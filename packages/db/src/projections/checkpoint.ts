import type { FeedPosition } from '../event-store/read-feed';
import type { Pool, PoolClient } from '../postgres/pool';

export async function readCheckpoint(db: Pool | PoolClient, name: string): Promise<FeedPosition> {
  await db.query('INSERT INTO projector_checkpoints (name) VALUES ($1) ON CONFLICT DO NOTHING', [name]);
  const res = await db.query<{ transaction_id: number; position: number }>(
    'SELECT transaction_id, position FROM projector_checkpoints WHERE name = $1',
    [name],
  );
  const row = res.rows[0];
  return row ? { transactionId: row.transaction_id, position: row.position } : { transactionId: 0, position: 0 };
}

/** Compare-and-set: moves the checkpoint only if nobody else moved it since `from`. */
export async function advanceCheckpoint(
  tx: Pool | PoolClient,
  name: string,
  from: FeedPosition,
  to: FeedPosition,
): Promise<boolean> {
  const res = await tx.query(
    `UPDATE projector_checkpoints SET transaction_id = $4, position = $5, updated_at = now()
     WHERE name = $1 AND transaction_id = $2 AND position = $3`,
    [name, from.transactionId, from.position, to.transactionId, to.position],
  );
  return res.rowCount === 1;
}
