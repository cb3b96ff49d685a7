-- Credits on insurer invoices for claims reversed after the invoice was issued (InsurerInvoiceCredited). Existing rows
-- have credited nothing, which the defaults say.
-- AlterTable
ALTER TABLE "insurer_invoices" ADD COLUMN     "credited" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "credits" JSONB NOT NULL DEFAULT '[]';
