import { markAllCopaysFromWallet, readModelResets, readModels, readModelTables, type Pool } from '@healthpay/db';
import { READ_MODELS_CHECKPOINT } from './projector';
import { replayFeed, type ReplayOptions } from './rebuild-batches';
import { CopayMarks } from './rebuild/copay-marks';
import { EARLY_COPY_WRITES, withCopyWrites } from './rebuild/copy-writes';
import { dropDeferredIndexes, restoreDeferredIndexes } from './rebuild/deferred-indexes';
import { readFeedRaw } from './rebuild/read-feed-raw';

/** What makes a rebuild faster than a replay through the projector's own writes; all on unless a bench compares. */
export interface RebuildFeatures {
  /** Append-only rows written with COPY (`withCopyWrites`), between flushes too (`EARLY_COPY_WRITES`). */
  copy: boolean;
  /** `DEFERRED_INDEXES` dropped with the truncate and built after the replay. */
  deferIndexes: boolean;
  /** The feed decoded by `readFeedRaw`. */
  rawFeed: boolean;
}

/** Replay tuning, for specs and benches (`onFlushed` lets one stop a rebuild midway). */
export type RebuildTuning = Pick<ReplayOptions, 'batchSize' | 'limits' | 'onFlushed'> & { features?: Partial<RebuildFeatures> };

const features = (tuning: RebuildTuning): RebuildFeatures => ({ copy: true, deferIndexes: true, rawFeed: true, ...tuning.features });

/**
 * Empties the read models and the checkpoint, and drops the deferred indexes (`DEFERRED_INDEXES`), in one
 * transaction. Readers see the old tables until it commits.
 */
export async function emptyReadModels(pool: Pool, deferIndexes = true): Promise<void> {
  const tx = await pool.connect();
  try {
    await tx.query('BEGIN');
    await tx.query(`TRUNCATE ${readModelTables.join(', ')}`);
    for (const reset of readModelResets) await tx.query(reset);
    if (deferIndexes) await dropDeferredIndexes(tx);
    await tx.query('DELETE FROM projector_checkpoints WHERE name = $1', [READ_MODELS_CHECKPOINT]);
    await tx.query('COMMIT');
  } catch (error) {
    await tx.query('ROLLBACK');
    throw error;
  } finally {
    tx.release();
  }
}

/**
 * Replays the whole feed into the emptied read models (append-only rows written with COPY, each claim with its copay's
 * source: `CopayMarks`). `marks`: the rebuild's, to learn whether the claims still need marking at the end.
 */
export function replayReadModels(pool: Pool, tuning: RebuildTuning = {}, marks = new CopayMarks()): Promise<number> {
  const { copy, rawFeed } = features(tuning);
  return replayFeed(pool, {
    batchSize: tuning.batchSize, limits: tuning.limits, onFlushed: tuning.onFlushed, name: READ_MODELS_CHECKPOINT, emptied: true,
    projections: copy ? withCopyWrites(readModels, marks) : readModels, readFeed: rawFeed ? readFeedRaw : undefined,
    early: copy ? EARLY_COPY_WRITES : undefined, copayMarks: copy ? marks : undefined,
  });
}

/**
 * Rebuild from scratch: `emptyReadModels`, then `replayReadModels` (big batches, documents folded in memory between
 * flushes, independent projections side by side, the checkpoint moved after each flush), then the deferred indexes
 * built again — also when the replay failed. If the process dies midway the rows stay right (primary keys are kept, so
 * the projector can carry on from the checkpoint) and the next rebuild, or `restoreDeferredIndexes`, builds them.
 */
export async function rebuildReadModels(pool: Pool, tuning: RebuildTuning = {}): Promise<number> {
  const { copy, deferIndexes } = features(tuning);
  await emptyReadModels(pool, deferIndexes);
  const marks = new CopayMarks();
  let applied: number;
  try {
    applied = await replayReadModels(pool, tuning, marks);
  } catch (error) {
    await restoreDeferredIndexes(pool).catch(() => {});
    throw error;
  }
  // Builds the indexes and, unless the replay wrote every claim with its copay's source, marks the claims paid from
  // the wallet (without deferred indexes, here).
  const copaysMarked = copy && marks.complete;
  await restoreDeferredIndexes(pool, { copaysMarked });
  if (!deferIndexes && !copaysMarked) await markAllCopaysFromWallet(pool);
  return applied;
}
