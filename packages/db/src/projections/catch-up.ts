import { recordProjected } from '@healthpay/config/metrics';
import { feedPositionOf, readFeed } from '../event-store/read-feed';
import type { StoredEvent } from '../event-store/types';
import type { Pool } from '../postgres/pool';
import { notifyProjected } from '../live/notify';
import { advanceCheckpoint, readCheckpoint } from './checkpoint';
import { lockShared } from './shared-locks';
import { applyBatch, type DocumentProjection } from './types';

export interface CatchUpOptions {
  /** Checkpoint name: one per group of projections that move together. */
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a heterogeneous list of document types
  projections: readonly DocumentProjection<any>[];
  batchSize?: number;
  /** Called after each committed batch (for lag metrics). */
  onBatch?: (events: StoredEvent[]) => void;
}

/**
 * Applies every committed event not yet projected, a batch per transaction: the read models and the
 * checkpoint move together, so a crash replays at most the uncommitted batch, and the projections'
 * version guards make that replay harmless. Returns how many events were applied.
 */
export async function catchUp(pool: Pool, opts: CatchUpOptions): Promise<number> {
  let applied = 0;
  for (;;) {
    const from = await readCheckpoint(pool, opts.name);
    const events = await readFeed(pool, from, opts.batchSize ?? 1000);
    if (events.length === 0) return applied;
    const last = events[events.length - 1];
    if (!last) return applied;
    const tx = await pool.connect();
    try {
      await tx.query('BEGIN');
      await lockShared(tx, opts.projections, events);
      for (const p of opts.projections) await applyBatch(tx, p, events);
      if (await advanceCheckpoint(tx, opts.name, from, feedPositionOf(last))) {
        await notifyProjected(tx, events);
        await tx.query('COMMIT');
        applied += events.length;
        recordProjected(opts.name, events.map((e) => e.timestamp), last.position);
        opts.onBatch?.(events);
      } else {
        // Another projector instance took this batch first: drop ours and read on from its checkpoint.
        await tx.query('ROLLBACK');
      }
    } catch (error) {
      await tx.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      tx.release();
    }
  }
}
