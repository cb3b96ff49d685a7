-- Reverts 20261206110000_claims_per_pharmacy. Fails (primary key violation) once two pharmacies have claimed
-- the same prescription id on one card: those claims cannot be told apart in the old shape.
DROP INDEX "copay_collections_card_id_pharmacy_id_prescription_id_idx";
CREATE INDEX "copay_collections_card_id_prescription_id_idx" ON "copay_collections"("card_id", "prescription_id");
UPDATE "copay_collections" SET "open_claim_id" = "card_id" || ':' || "prescription_id" WHERE "open_claim_id" IS NOT NULL;

ALTER TABLE "prescription_claims" DROP COLUMN "reversed_at", DROP COLUMN "reversal_reason", DROP COLUMN "reversal_note",
  DROP COLUMN "reversed_by", DROP COLUMN "reversed_by_kind", DROP COLUMN "wallet_copay_refunded";

ALTER TABLE "prescription_items" DROP CONSTRAINT "prescription_items_pkey",
  ADD CONSTRAINT "prescription_items_pkey" PRIMARY KEY ("card_id", "prescription_id", "line_no");
ALTER TABLE "prescription_claims" DROP CONSTRAINT "prescription_claims_pkey",
  ADD CONSTRAINT "prescription_claims_pkey" PRIMARY KEY ("card_id", "prescription_id");
ALTER TABLE "prescription_items" DROP COLUMN "pharmacy_id";
