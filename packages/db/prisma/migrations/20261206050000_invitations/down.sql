-- Reverts 20261206050000_invitations: pending invitations and the email outbox are dropped (invite again after
-- migrating forward); deactivated accounts lose the mark, so deactivate them again first if any exist.
DROP TABLE IF EXISTS "invitations";
DROP TABLE IF EXISTS "email_outbox";
ALTER TABLE "users" DROP COLUMN "deactivated_at", DROP COLUMN "deactivated_reason", DROP COLUMN "pharmacy_role";
