export { actorCacheOf, cachedSessionUser } from './actor-caches';
export { forgetActor } from './actor-registry';
export { ActorCache, type ActorUserRow } from './actor-cache';
export { ACTOR_CHANNEL } from './actor-channel';
