-- Reverts 20261206100000_prescription_line_rejections: the per-line rejection reasons (read model, rebuilt from
-- the claim events after migrating forward again).
ALTER TABLE "prescription_items" DROP COLUMN "rejection_code", DROP COLUMN "rejection_details";
