-- Reverts 20261206090000_revoked_sessions: revoked session ids are forgotten (a revoked session still expires).
DROP TABLE IF EXISTS "revoked_sessions";
