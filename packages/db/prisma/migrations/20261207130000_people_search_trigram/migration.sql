-- Staff people searches (patients.search, wallet.search, the staff payments search; db/src/users/queries.ts,
-- read-models/wallets/queries.ts, read-models/payments/queries.ts) match a term anywhere in a name, a phone or the name
-- key (`ILIKE '%term%'`, names/name-search.ts). A btree cannot answer a pattern that starts with `%`, so each search read
-- every user (1.5M users: ~1-2 s). Trigram GIN indexes answer it from the term's trigrams when the term has at least three
-- characters (shorter terms still read every user). `users` is written on registration and profile changes only.
-- pg_trgm is a trusted extension (PG 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX IF NOT EXISTS "users_name_idx" ON "users" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX IF NOT EXISTS "users_name_ar_idx" ON "users" USING GIN ("name_ar" gin_trgm_ops);

-- CreateIndex
CREATE INDEX IF NOT EXISTS "users_phone_idx" ON "users" USING GIN ("phone" gin_trgm_ops);

-- CreateIndex
CREATE INDEX IF NOT EXISTS "users_name_search_idx" ON "users" USING GIN ("name_search" gin_trgm_ops);

-- The patient picker with no term (`role = 'patient' ORDER BY name LIMIT n`) reads the first names in order and stops,
-- where it sorted every patient (1.5M users: ~0.5 s).
-- CreateIndex
CREATE INDEX IF NOT EXISTS "users_role_name_idx" ON "users"("role", "name");
