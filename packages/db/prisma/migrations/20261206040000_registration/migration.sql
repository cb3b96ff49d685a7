-- AlterTable
ALTER TABLE "users" ADD COLUMN     "name_ar" TEXT,
ADD COLUMN     "national_id_hash" TEXT,
ADD COLUMN     "national_id_masked" TEXT,
ADD COLUMN     "terms_accepted_at" TIMESTAMPTZ(3),
ADD COLUMN     "terms_version" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "users_national_id_hash_key" ON "users"("national_id_hash");
