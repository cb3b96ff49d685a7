-- The staff card search (medcard.search, read-models/medcards/card-queries.ts) matches a term anywhere in the holder's
-- name as issued on the card, as typed (`ILIKE '%term%'`) and through its name key (names/name-search.ts). A btree
-- cannot answer a pattern that starts with `%`, so a rare name read every card and computed every card's key. Trigram
-- GIN indexes (pg_trgm, migration 20261207130000) answer both from the term's trigrams when it has at least three
-- characters.

-- CreateIndex
CREATE INDEX IF NOT EXISTS "medcards_holder_name_idx" ON "medcards" USING GIN ("holder_name" gin_trgm_ops);

-- The holder name's key, `hp_name_key(holder_name, NULL)`, for an expression index (Prisma cannot describe one:
-- schema.prisma notes it beside the model). Postgres builds and maintains an index with a search_path of pg_catalog
-- alone, where hp_name_key's own calls would not resolve: this wrapper carries the migration's search_path.
CREATE FUNCTION hp_holder_name_key(holder_name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path FROM CURRENT AS $$ SELECT hp_name_key(holder_name, NULL) $$;

-- CreateIndex
CREATE INDEX IF NOT EXISTS "medcards_holder_name_key_idx" ON "medcards" USING GIN (hp_holder_name_key("holder_name") gin_trgm_ops);
