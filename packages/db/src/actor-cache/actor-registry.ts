import type { Pool } from '../postgres/pool';
import type { ActorCache } from './actor-cache';
import type { ActorListener } from './actor-listener';
import { sessionChange, userChange } from './actor-channel';

export interface PoolActorCache {
  cache: ActorCache;
  listener: ActorListener;
}

// On globalThis: Next's bundled copy of this module and the portal server's share one cache per pool.
const holder = globalThis as { __healthpayActorCaches?: WeakMap<Pool, PoolActorCache> };
export const actorCaches: WeakMap<Pool, PoolActorCache> = (holder.__healthpayActorCaches ??= new WeakMap());

/**
 * This process changed a user's role, pharmacy, deactivation or sessions, or revoked a session: forget it now,
 * after the change committed (the notification tells the other processes, and this one again, moments later).
 */
export function forgetActor(pool: Pool, key: { userId: string } | { sid: string }): void {
  actorCaches.get(pool)?.cache.changed('userId' in key ? userChange(key.userId) : sessionChange(key.sid));
}
