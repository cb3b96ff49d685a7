-- Reverts 20261206060000_pharmacy_onboarding. The onboarding columns are the pharmacy read model (rebuilt from
-- the pharmacy events after migrating forward again).
DROP INDEX IF EXISTS "pharmacies_status_name_idx";
DROP INDEX IF EXISTS "pharmacies_licence_number_idx";
ALTER TABLE "pharmacies" DROP COLUMN "address", DROP COLUMN "commercial_registration", DROP COLUMN "governorate",
  DROP COLUMN "iban", DROP COLUMN "iban_masked", DROP COLUMN "licence_number", DROP COLUMN "registered_at",
  DROP COLUMN "status", DROP COLUMN "status_reason", DROP COLUMN "updated_at", DROP COLUMN "version";
