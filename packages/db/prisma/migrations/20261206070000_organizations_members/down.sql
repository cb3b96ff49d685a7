-- Reverts 20261206070000_organizations_members. Organization API tokens cannot exist before it (user and
-- pharmacy were required): they are deleted, as are members and organizations (enroll again after migrating
-- forward; the patients, wallets and cards created by enrollment stay).
ALTER TABLE "api_tokens" DROP CONSTRAINT IF EXISTS "api_tokens_one_scope";
ALTER TABLE "api_tokens" DROP CONSTRAINT IF EXISTS "api_tokens_organization_id_fkey";
ALTER TABLE "api_tokens" DROP CONSTRAINT IF EXISTS "api_tokens_pharmacy_id_fkey";
ALTER TABLE "api_tokens" DROP CONSTRAINT IF EXISTS "api_tokens_user_id_fkey";
DELETE FROM "api_tokens" WHERE "organization_id" IS NOT NULL OR "user_id" IS NULL OR "pharmacy_id" IS NULL;
DROP INDEX IF EXISTS "api_tokens_organization_id_idx";
ALTER TABLE "api_tokens" DROP COLUMN "organization_id",
  ALTER COLUMN "user_id" SET NOT NULL,
  ALTER COLUMN "pharmacy_id" SET NOT NULL;
DROP TABLE IF EXISTS "members";
DROP TABLE IF EXISTS "organizations";
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_pharmacy_id_fkey" FOREIGN KEY ("pharmacy_id") REFERENCES "pharmacies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
