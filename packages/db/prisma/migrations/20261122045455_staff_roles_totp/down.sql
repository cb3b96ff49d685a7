-- Reverts 20261122045455_staff_roles_totp. Staff who enrolled TOTP lose it (they enroll again after migrating
-- forward). The code before this migration knew one staff role, 'admin': every staff role maps back to it, so
-- no one is locked out and no one is left with a role the old code does not know.
ALTER TABLE "credentials" DROP COLUMN "totp_enabled_at", DROP COLUMN "totp_last_step", DROP COLUMN "totp_secret";
UPDATE "users" SET "role" = 'admin' WHERE "role" IN ('superadmin', 'support', 'claims_reviewer', 'finance');
