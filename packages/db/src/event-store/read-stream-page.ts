import type { Pool } from '../postgres/pool';
import { EVENT_COLUMNS, type EventRow, toStoredEvent } from './rows';
import type { StoredEvent } from './types';

/** An aggregate's audit trail, newest first; the cursor is the last version seen. */
export async function readStreamPage(
  pool: Pool,
  streamId: string,
  page: { cursor?: number; limit: number },
): Promise<{ items: StoredEvent[]; nextCursor: number | null }> {
  const res = await pool.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE aggregate_id = $1 AND ($2::int IS NULL OR version < $2)
     ORDER BY version DESC LIMIT $3`,
    [streamId, page.cursor ?? null, page.limit + 1],
  );
  const items = res.rows.slice(0, page.limit).map(toStoredEvent);
  return { items, nextCursor: res.rows.length > page.limit ? (items.at(-1)?.version ?? null) : null };
}
