-- How the patient paid a claim's copay, kept on the claim row (`copay_from_wallet`): true when the pharmacy captured
-- a copay hold for the claim from the wallet, else false (cash). A card's page of claims read it per claim from
-- `wallet_holds` (two index probes per claim, ~30 % of the page's Postgres CPU: docs/benchmarks.md, bench:reads run 18).
-- The claim projection sets it from the captured holds when it writes the row, the hold projection when it captures
-- a copay hold (read-models/medcards/copay-source.ts). A captured hold stays captured, so the value only goes from
-- false to true. Existing rows get it from their holds exactly as the reads probed them: a captured hold of the claim's
-- pharmacy with the reference `copay:<cardId>:<pharmacyId>:<prescriptionId>` or the older `copay:<cardId>:<prescriptionId>`.
-- AlterTable
ALTER TABLE "prescription_claims" ADD COLUMN IF NOT EXISTS "copay_from_wallet" BOOLEAN NOT NULL DEFAULT false;

UPDATE "prescription_claims" c SET "copay_from_wallet" = true
WHERE NOT c."copay_from_wallet" AND EXISTS (SELECT 1 FROM "wallet_holds" h
  WHERE h.reference IN ('copay:' || c.card_id || ':' || c.pharmacy_id || ':' || c.prescription_id, 'copay:' || c.card_id || ':' || c.prescription_id)
    AND h.status = 'captured' AND h.pharmacy_id = c.pharmacy_id);
