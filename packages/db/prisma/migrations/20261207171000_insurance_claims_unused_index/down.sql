-- Reverts 20261207171000_insurance_claims_unused_index.
CREATE INDEX IF NOT EXISTS "insurance_claims_status_updated_at_idx" ON "insurance_claims"("status", "updated_at");
