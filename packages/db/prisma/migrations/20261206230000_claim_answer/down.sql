-- Reverts 20261206230000_claim_answer: the answer is derived from the row's columns and its lines, which stay.
ALTER TABLE "prescription_claims" DROP COLUMN "answer";
