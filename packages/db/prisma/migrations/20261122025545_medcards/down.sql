-- Reverts 20261122025545_medcards. The MedCard tables are read models (rebuilt from events by
-- `npm run projections:rebuild` after migrating forward again); users.date_of_birth and users.national_id are
-- dropped with their values (re-registering restores them from the registration events).
DROP TABLE IF EXISTS "medcard_monthly_spend";
DROP TABLE IF EXISTS "insurance_claims";
DROP TABLE IF EXISTS "prescription_items";
DROP TABLE IF EXISTS "prescription_claims";
DROP TABLE IF EXISTS "medcard_beneficiaries";
DROP TABLE IF EXISTS "medcards";
DROP INDEX IF EXISTS "users_national_id_key";
ALTER TABLE "users" DROP COLUMN "date_of_birth", DROP COLUMN "national_id";
