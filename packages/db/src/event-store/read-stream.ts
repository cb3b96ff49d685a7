import type { Pool } from '../postgres/pool';
import { EVENT_COLUMNS, type EventRow, toStoredEvent } from './rows';
import type { StoredEvent } from './types';

/** A stream's events after `afterVersion`, in version order. */
export async function readStream(pool: Pool, streamId: string, afterVersion = 0): Promise<StoredEvent[]> {
  const res = await pool.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE aggregate_id = $1 AND version > $2 ORDER BY version`,
    [streamId, afterVersion],
  );
  return res.rows.map(toStoredEvent);
}
