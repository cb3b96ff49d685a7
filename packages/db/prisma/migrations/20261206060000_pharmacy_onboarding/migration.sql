-- Pharmacies become an aggregate (packages/domain/src/pharmacy): the table is its read model from now on.
-- AlterTable
ALTER TABLE "pharmacies" ADD COLUMN     "address" TEXT,
ADD COLUMN     "commercial_registration" TEXT,
ADD COLUMN     "governorate" TEXT,
ADD COLUMN     "iban" TEXT,
ADD COLUMN     "iban_masked" TEXT,
ADD COLUMN     "licence_number" TEXT,
ADD COLUMN     "registered_at" TIMESTAMPTZ(3),
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'pending',
ADD COLUMN     "status_reason" TEXT,
ADD COLUMN     "updated_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- Pharmacies that existed before onboarding were already dispensing: they stay able to claim. New rows
-- (projected from PharmacyRegistered) start pending.
UPDATE "pharmacies" SET "status" = 'active';

-- CreateIndex
CREATE INDEX "pharmacies_licence_number_idx" ON "pharmacies"("licence_number");

-- CreateIndex
CREATE INDEX "pharmacies_status_name_idx" ON "pharmacies"("status", "name");
