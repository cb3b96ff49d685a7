import { getPharmacyStatuses, type Pool } from '@healthpay/db';
import type { PharmacyStatus } from '@healthpay/domain';
import DataLoader from 'dataloader';

/**
 * The counter checks of one turn of the event loop read their pharmacies' statuses as ONE query (`id = ANY`),
 * not one pool round trip each: under load most requests are counter actions, and a round trip per request
 * cost more CPU than the command itself. Nothing is cached (`cache: false`): each lookup is sent after it was
 * asked for, so a status is never older than the request that checks it. A failed query fails that turn's
 * lookups.
 */
export type PharmacyStatusBatch = DataLoader<string, PharmacyStatus | null>;

const batches = new WeakMap<Pool, PharmacyStatusBatch>();

/** The batch of a pool (one per process and pool). */
export function pharmacyStatusBatch(pool: Pool): PharmacyStatusBatch {
  let batch = batches.get(pool);
  if (!batch) {
    batch = new DataLoader<string, PharmacyStatus | null>(
      async (ids) => {
        const statuses = await getPharmacyStatuses(pool, [...new Set(ids)]);
        return ids.map((id) => statuses.get(id) ?? null);
      },
      // The lookups of the requests read in this same turn go together.
      { cache: false, batchScheduleFn: (run) => setImmediate(run) },
    );
    batches.set(pool, batch);
  }
  return batch;
}
