import { readModelResets, readModels, readModelTables, type Pool } from '@healthpay/db';
import { READ_MODELS_CHECKPOINT } from './projector';
import { replayFeed, type ReplayOptions } from './rebuild-batches';

/**
 * Rebuild from scratch: empty the read models and the checkpoint in one transaction, then replay the
 * whole event store (`replayFeed`: big batches, documents folded in memory between flushes, independent
 * projections side by side). Readers see the old tables until the truncate commits. `tuning` is for specs.
 */
export async function rebuildReadModels(pool: Pool, tuning: Pick<ReplayOptions, 'batchSize' | 'limits'> = {}): Promise<number> {
  const tx = await pool.connect();
  try {
    await tx.query('BEGIN');
    await tx.query(`TRUNCATE ${readModelTables.join(', ')}`);
    for (const reset of readModelResets) await tx.query(reset);
    await tx.query('DELETE FROM projector_checkpoints WHERE name = $1', [READ_MODELS_CHECKPOINT]);
    await tx.query('COMMIT');
  } catch (error) {
    await tx.query('ROLLBACK');
    throw error;
  } finally {
    tx.release();
  }
  return replayFeed(pool, { ...tuning, name: READ_MODELS_CHECKPOINT, projections: readModels, emptied: true });
}
