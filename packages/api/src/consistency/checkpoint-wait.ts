import { feedPositionAfter, READ_MODELS_CHECKPOINT, type Pool } from '@healthpay/db';
import { ProjectionWatch } from './projection-watch';
import type { ProjectedWait, Written } from './recent-writes';

/**
 * Embedded mode: every read model moves with one checkpoint (`catch-up.ts`). The writes are located in the feed
 * (one query: their latest transaction's last position), then the process's shared watch says when the checkpoint passes it.
 */
export function checkpointWait(pool: Pool, checkpoint = READ_MODELS_CHECKPOINT): ProjectedWait {
  const watch = new ProjectionWatch(pool, checkpoint);
  return {
    async until(writes: readonly Written[], timeoutMs: number) {
      const deadline = performance.now() + timeoutMs;
      const target = await feedPositionAfter(pool, writes);
      if (target) await watch.reached(target, Math.max(0, deadline - performance.now()));
    },
  };
}
