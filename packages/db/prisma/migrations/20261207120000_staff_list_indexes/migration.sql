-- Staff lists read an index in their own order and stop after a page (db/src/read-models/payments/queries.ts,
-- medcards/insurance-queries.ts, medcards/pharmacy-insurance-queries.ts, identity/people.ts). Without these, the staff
-- payments list read and sorted every payment for its first page, a provider whose payments are all old walked the
-- whole newest-first key, the insurance queue of every status (or of a common one) read and sorted every claim, and a
-- pharmacy's pharmacists (the team page, the pharmacy's insurance claims) and the staff list were found by reading every
-- user (and claim).
-- CreateIndex
CREATE INDEX IF NOT EXISTS "payments_requested_at_payment_id_idx" ON "payments"("requested_at" DESC, "payment_id" DESC);

-- CreateIndex
CREATE INDEX IF NOT EXISTS "payments_provider_requested_at_payment_id_idx" ON "payments"("provider", "requested_at" DESC, "payment_id" DESC);

-- CreateIndex
CREATE INDEX IF NOT EXISTS "users_pharmacy_id_idx" ON "users"("pharmacy_id");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "users_role_idx" ON "users"("role");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "insurance_claims_status_filed_at_card_id_claim_id_idx" ON "insurance_claims"("status", "filed_at", "card_id", "claim_id");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "insurance_claims_filed_at_card_id_claim_id_idx" ON "insurance_claims"("filed_at", "card_id", "claim_id");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "insurance_claims_filed_by_filed_at_idx" ON "insurance_claims"("filed_by", "filed_at");
