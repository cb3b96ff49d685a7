-- Reverts 20261206170500_actor_change_notify: nothing announces actor changes any more, so portal processes of
-- this version must not run against the reverted schema (they would cache without hearing changes until the TTL).
DROP TRIGGER IF EXISTS "revoked_sessions_truncated" ON "revoked_sessions";
DROP TRIGGER IF EXISTS "revoked_sessions_changed" ON "revoked_sessions";
DROP FUNCTION IF EXISTS hp_revoked_sessions_changed();
DROP TRIGGER IF EXISTS "users_actor_truncated" ON "users";
DROP TRIGGER IF EXISTS "users_actor_removed" ON "users";
DROP TRIGGER IF EXISTS "users_actor_changed" ON "users";
DROP FUNCTION IF EXISTS hp_users_actor_changed();
