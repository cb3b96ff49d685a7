-- AlterTable
ALTER TABLE "users" ADD COLUMN     "national_id_ciphertext" TEXT;

UPDATE "users" SET "national_id_masked" = left("national_id", 7) || '*****' || right("national_id", 2)
WHERE "national_id" IS NOT NULL AND "national_id_masked" IS NULL;

-- AlterTable
ALTER TABLE "medcard_beneficiaries" RENAME COLUMN "national_id" TO "national_id_ciphertext";
ALTER TABLE "medcard_beneficiaries" ADD COLUMN     "national_id_hash" TEXT,
ADD COLUMN     "national_id_masked" TEXT;

UPDATE "medcard_beneficiaries" SET "national_id_masked" = left("national_id_ciphertext", 7) || '*****' || right("national_id_ciphertext", 2);

ALTER TABLE "medcard_beneficiaries" ALTER COLUMN "national_id_masked" SET NOT NULL;

-- CreateIndex
CREATE INDEX "medcard_beneficiaries_national_id_hash_idx" ON "medcard_beneficiaries"("national_id_hash");
