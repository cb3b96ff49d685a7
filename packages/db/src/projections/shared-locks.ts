import type { StoredEvent } from '../event-store/types';
import type { PoolClient } from '../postgres/pool';
import type { DocumentProjection, SharedLocks } from './types';

/**
 * Before a transaction applies `events` to `projections`: each lock that two of them with an event here share
 * (`DocumentProjection.locks`) taken whole, once, so the transaction never waits for a part of it while holding
 * another. Call it first in the transaction, holding no lock yet. A transaction touching only one of them keeps
 * taking just its parts.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a heterogeneous list of document types
export async function lockShared(tx: PoolClient, projections: readonly DocumentProjection<any>[], events: readonly StoredEvent[]): Promise<void> {
  const types = new Set(events.map((e) => e.type));
  const users = new Map<SharedLocks, number>();
  for (const p of projections) {
    if (p.locks && p.canHandle.some((t) => types.has(t))) users.set(p.locks, (users.get(p.locks) ?? 0) + 1);
  }
  for (const [locks, count] of users) if (count > 1) await locks.whole(tx);
}
