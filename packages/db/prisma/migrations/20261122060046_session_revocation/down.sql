-- Reverts 20261122060046_session_revocation: "sign out everywhere" marks are forgotten.
ALTER TABLE "users" DROP COLUMN "sessions_valid_after";
