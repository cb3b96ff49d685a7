-- AlterTable
ALTER TABLE "credentials" ADD COLUMN     "totp_enabled_at" TIMESTAMPTZ(3),
ADD COLUMN     "totp_last_step" BIGINT,
ADD COLUMN     "totp_secret" TEXT;

-- Staff roles: the single 'admin' role becomes superadmin (support, claims_reviewer and finance are new)
UPDATE "users" SET "role" = 'superadmin' WHERE "role" = 'admin';
