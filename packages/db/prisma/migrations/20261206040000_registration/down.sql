-- Reverts 20261206040000_registration. Arabic names, national ID hashes/masks and accepted terms of registered
-- patients are dropped from users (their registration events keep them).
DROP INDEX IF EXISTS "users_national_id_hash_key";
ALTER TABLE "users" DROP COLUMN "name_ar", DROP COLUMN "national_id_hash", DROP COLUMN "national_id_masked",
  DROP COLUMN "terms_accepted_at", DROP COLUMN "terms_version";
