import { setTimeout as delay } from 'node:timers/promises';
import { projectedVersions, type Pool } from '@healthpay/db';
import type { ProjectedWait, Written } from './recent-writes';

const POLL_MS = 20;

/**
 * Scaled mode: the Kafka consumer moves no one checkpoint over the Postgres read models, but each aggregate's row
 * keeps its version (`projectedVersions`, what the consumer drops repeats by). Polled per waiting read until every
 * written stream's row has reached its version; streams of types without such a row are not waited for.
 */
export function versionWait(pool: Pool, pollMs = POLL_MS): ProjectedWait {
  return {
    async until(writes: readonly Written[], timeoutMs: number) {
      const deadline = performance.now() + timeoutMs;
      let left = writes.filter((w) => w.aggregateType in projectedVersions);
      while (left.length > 0) {
        const seen = new Map<string, number>();
        for (const type of new Set(left.map((w) => w.aggregateType))) {
          const source = projectedVersions[type];
          const ids = [...new Set(left.filter((w) => w.aggregateType === type).map((w) => w.streamId))];
          if (source) for (const [id, version] of await source(pool, ids)) seen.set(id, version);
        }
        left = left.filter((w) => (seen.get(w.streamId) ?? 0) < w.version);
        if (left.length === 0 || performance.now() + pollMs > deadline) return;
        await delay(pollMs);
      }
    },
  };
}
