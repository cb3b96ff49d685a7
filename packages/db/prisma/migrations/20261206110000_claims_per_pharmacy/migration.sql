-- A prescription claim is identified by (card, pharmacy, prescription): the same prescription id at two pharmacies
-- are two claims. Existing rows keep working: their lines take their claim's pharmacy.
ALTER TABLE "prescription_items" ADD COLUMN "pharmacy_id" TEXT;
UPDATE "prescription_items" i SET "pharmacy_id" = c."pharmacy_id"
  FROM "prescription_claims" c WHERE c."card_id" = i."card_id" AND c."prescription_id" = i."prescription_id";
-- Lines without a claim row cannot be shown by anything; a projection rebuild writes them again if they matter.
DELETE FROM "prescription_items" WHERE "pharmacy_id" IS NULL;
ALTER TABLE "prescription_items" ALTER COLUMN "pharmacy_id" SET NOT NULL;

ALTER TABLE "prescription_claims" DROP CONSTRAINT "prescription_claims_pkey",
  ADD CONSTRAINT "prescription_claims_pkey" PRIMARY KEY ("card_id", "pharmacy_id", "prescription_id");
ALTER TABLE "prescription_items" DROP CONSTRAINT "prescription_items_pkey",
  ADD CONSTRAINT "prescription_items_pkey" PRIMARY KEY ("card_id", "pharmacy_id", "prescription_id", "line_no");

-- Claim reversals (PrescriptionClaimReversed): status becomes 'reversed'; who, why, when and the wallet refund.
ALTER TABLE "prescription_claims" ADD COLUMN "reversed_at" TIMESTAMPTZ(3),
  ADD COLUMN "reversal_reason" TEXT,
  ADD COLUMN "reversal_note" TEXT,
  ADD COLUMN "reversed_by" TEXT,
  ADD COLUMN "reversed_by_kind" TEXT,
  ADD COLUMN "wallet_copay_refunded" BIGINT;

-- Copay collections: the open-claim key gains the pharmacy (`<cardId>:<pharmacyId>:<prescriptionId>`).
UPDATE "copay_collections" SET "open_claim_id" = "card_id" || ':' || "pharmacy_id" || ':' || "prescription_id"
  WHERE "open_claim_id" IS NOT NULL;
DROP INDEX "copay_collections_card_id_prescription_id_idx";
CREATE INDEX "copay_collections_card_id_pharmacy_id_prescription_id_idx" ON "copay_collections"("card_id", "pharmacy_id", "prescription_id");
