-- Reverts 20261207170000_card_search_trigram: a card search by a rare name reads every card as before (correct, slower).
DROP INDEX IF EXISTS "medcards_holder_name_key_idx";
DROP FUNCTION IF EXISTS hp_holder_name_key(text);
DROP INDEX IF EXISTS "medcards_holder_name_idx";
