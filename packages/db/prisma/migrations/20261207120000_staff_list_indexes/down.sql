-- Reverts 20261207120000_staff_list_indexes: the lists read as before (correct, slower on large tables).
DROP INDEX IF EXISTS "insurance_claims_filed_by_filed_at_idx";
DROP INDEX IF EXISTS "insurance_claims_filed_at_card_id_claim_id_idx";
DROP INDEX IF EXISTS "insurance_claims_status_filed_at_card_id_claim_id_idx";
DROP INDEX IF EXISTS "users_role_idx";
DROP INDEX IF EXISTS "users_pharmacy_id_idx";
DROP INDEX IF EXISTS "payments_provider_requested_at_payment_id_idx";
DROP INDEX IF EXISTS "payments_requested_at_payment_id_idx";
