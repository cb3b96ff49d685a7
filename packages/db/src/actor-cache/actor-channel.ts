/** Where the database announces changes to what an actor is made of (migration 20261206170500_actor_change_notify). */
export const ACTOR_CHANNEL = 'hp_actor_changed';

/** What a change names: one user's row, one session id's revocation, or everything (a table was truncated). */
export const userChange = (userId: string) => `u:${userId}`;
export const sessionChange = (sid: string) => `s:${sid}`;
export const EVERY_ACTOR = '*';

/** The triggers that send those changes: the cache stays off on a database without them. */
export const ACTOR_TRIGGERS = ['users_actor_changed', 'users_actor_removed', 'revoked_sessions_changed'] as const;
