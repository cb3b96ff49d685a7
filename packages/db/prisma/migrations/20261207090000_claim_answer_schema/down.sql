-- Reverts 20261207090000_claim_answer_schema: reads then parse and check every stored answer, as before.
ALTER TABLE "prescription_claims" DROP COLUMN "answer_schema";
