-- Reverts 20261206020000_copay_collections. copay_collections and wallet_holds.pharmacy_id are read-model data
-- (projected from the copay and wallet events; rebuilt after migrating forward again).
DROP TABLE IF EXISTS "copay_collections";
DROP INDEX IF EXISTS "wallet_holds_reference_idx";
ALTER TABLE "wallet_holds" DROP COLUMN "pharmacy_id";
