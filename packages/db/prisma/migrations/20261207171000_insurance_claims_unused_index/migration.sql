-- No query reads insurance_claims by (status, updated_at) since the review queue and the pharmacy's list order by
-- filing (migration 20261207120000). The index only cost writes: every write of a claim moves `updated_at`, so each
-- one added an entry to it.
-- DropIndex
DROP INDEX IF EXISTS "insurance_claims_status_updated_at_idx";
