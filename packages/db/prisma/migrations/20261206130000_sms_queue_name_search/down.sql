-- Reverts 20261206130000_sms_queue_name_search: queued SMS not yet delivered are lost (their codes expire in
-- minutes anyway); name search falls back to the raw name columns.
DROP TRIGGER IF EXISTS "users_name_search" ON "users";
DROP FUNCTION IF EXISTS hp_users_name_search();
DROP FUNCTION IF EXISTS hp_name_key(text, text);
DROP FUNCTION IF EXISTS hp_name_skeleton(text);
DROP FUNCTION IF EXISTS hp_arabic_normalize(text);
ALTER TABLE "users" DROP COLUMN "name_search";
DROP TABLE "sms_queue";
