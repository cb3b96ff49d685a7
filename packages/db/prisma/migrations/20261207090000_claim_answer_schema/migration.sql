-- The claim view schema's version each stored answer was checked against when the projection wrote it
-- (db/src/contracts/claim-view.ts, CLAIM_VIEW_SCHEMA): a card's page passes an answer stored under the current
-- version through without parsing and checking it again. Null for rows written before (and for an answer the schema
-- refused): those are parsed and checked on read, as before; a rebuild writes the version.
-- AlterTable
ALTER TABLE "prescription_claims" ADD COLUMN IF NOT EXISTS "answer_schema" TEXT;
