import type pg from 'pg';
import type { Pool } from '../postgres/pool';
import { getSessionUser, type SessionUserRow } from '../users/queries';
import { ActorCache, type ActorCacheOptions } from './actor-cache';
import { ActorListener, type ActorListenerOptions } from './actor-listener';
import { actorCaches, type PoolActorCache } from './actor-registry';

/** The process's actor cache over this pool, with its own LISTEN connection (options count only on creation). */
export function actorCacheOf(pool: Pool, o: ActorCacheOptions & ActorListenerOptions & { off?: boolean } = {}): PoolActorCache {
  let entry = actorCaches.get(pool);
  if (!entry) {
    const cache = new ActorCache((userId, sid) => getSessionUser(pool, userId, sid), o);
    const listener = new ActorListener(pool.options as pg.ClientConfig, cache, () => pool.ending, o);
    // `off` (benchmarks' A/B): never listens, so every request reads the database as before the cache.
    if (!o.off) cache.attach(listener);
    actorCaches.set(pool, (entry = { cache, listener }));
  }
  return entry;
}

/** `getSessionUser` through the process's cache (what every request's actor is built from). */
export function cachedSessionUser(pool: Pool, userId: string, sid: string | null = null): Promise<SessionUserRow | null> {
  return actorCacheOf(pool).cache.sessionUser(userId, sid);
}
