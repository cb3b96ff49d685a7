-- Reverts 20261206172000_insurer_invoice_credits. The credits stay in the event store (InsurerInvoiceCredited); a
-- version of the app without them must not run against streams that hold them.
ALTER TABLE "insurer_invoices" DROP COLUMN "credits",
DROP COLUMN "credited";
