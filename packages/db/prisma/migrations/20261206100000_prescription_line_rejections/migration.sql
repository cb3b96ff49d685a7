-- AlterTable
ALTER TABLE "prescription_items" ADD COLUMN     "rejection_code" TEXT,
ADD COLUMN     "rejection_details" JSONB;
