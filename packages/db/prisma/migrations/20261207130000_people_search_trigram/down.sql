-- Reverts 20261207130000_people_search_trigram: people searches read every user as before (correct, slower).
DROP INDEX IF EXISTS "users_role_name_idx";
DROP INDEX IF EXISTS "users_name_search_idx";
DROP INDEX IF EXISTS "users_phone_idx";
DROP INDEX IF EXISTS "users_name_ar_idx";
DROP INDEX IF EXISTS "users_name_idx";
-- Without CASCADE: refuses (and reverts nothing) if anything else was since built on pg_trgm.
DROP EXTENSION IF EXISTS pg_trgm;
