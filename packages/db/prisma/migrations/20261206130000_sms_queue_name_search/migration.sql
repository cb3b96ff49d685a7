-- SMS queue: one-time codes are written here by the request and delivered by a background worker, so a
-- request answers in the same time whether or not an SMS is really sent (rows with deliver = false are dropped).
-- CreateTable
CREATE TABLE "sms_queue" (
    "id" BIGSERIAL NOT NULL,
    "phone" TEXT NOT NULL,
    "body" TEXT,
    "deliver" BOOLEAN NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sms_queue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sms_queue_next_attempt_at_idx" ON "sms_queue"("next_attempt_at");

-- Names searchable in either script: users.name_search holds the Arabic-normalised names and their Latin
-- consonant skeleton (see packages/db/src/names/README.md), kept by a trigger so every writer fills it in.
-- AlterTable
ALTER TABLE "users" ADD COLUMN     "name_search" TEXT;

-- Arabic normalisation: lower case, no tashkeel or tatweel, one alef, ya for alef maqsura, ha for ta marbuta.
CREATE FUNCTION hp_arabic_normalize(s text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(regexp_replace(lower(coalesce(s, '')), '[\u064B-\u0652\u0670\u0640]', '', 'g'), 'أإآٱىة', 'اااايه')
$$;

-- The consonants a name is written with in Latin letters, whichever script it came in: "Ahmed", "Ahmad" and
-- "أحمد" all give "hmd". Vowels, weak letters (ا و ي), ع and hamza carry none; doubled letters count once;
-- the article (ال, al-, el-) is dropped from the front of each word.
CREATE FUNCTION hp_name_skeleton(s text) RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  t text := lower(coalesce(s, ''));
BEGIN
  t := hp_arabic_normalize(replace(t, 'ة', ''));
  t := translate(t, 'áàâäãåéèêëíìîïóòôöõúùûüçñ', 'aaaaaaeeeeiiiiooooouuuucn');
  t := regexp_replace(t, '[^a-z0-9\u0621-\u064A]+', ' ', 'g');
  t := regexp_replace(t, '(^| )(al|el) ', '\1', 'g');
  t := regexp_replace(t, '(^| )ال', '\1', 'g');
  t := replace(replace(replace(replace(replace(replace(replace(t, 'kh', 'k'), 'sh', 'x'), 'ch', 'x'), 'gh', 'g'), 'th', 't'), 'dh', 'z'), 'ph', 'f');
  t := translate(t, 'jqcvp', 'gkkfb');
  t := translate(t, 'بتثجحخدذرزسشصضطظغفقكلمنه', 'bttghkdzrzsxsdtzgfkklmnh');
  t := regexp_replace(t, '[aeiouywاويءئؤع]', '', 'g');
  t := regexp_replace(t, '([a-z])\1+', '\1', 'g');
  RETURN btrim(regexp_replace(t, ' +', ' ', 'g'));
END
$$;

-- What name searches match: both names normalised, then their skeleton; every word starts after a space.
CREATE FUNCTION hp_name_key(name text, name_ar text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ' ' || hp_arabic_normalize(concat_ws(' ', name, name_ar)) || ' | ' || hp_name_skeleton(concat_ws(' ', name, name_ar)) || ' '
$$;

CREATE FUNCTION hp_users_name_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.name_search := hp_name_key(NEW.name, NEW.name_ar);
  RETURN NEW;
END
$$;

CREATE TRIGGER "users_name_search" BEFORE INSERT OR UPDATE OF "name", "name_ar" ON "users"
  FOR EACH ROW EXECUTE FUNCTION hp_users_name_search();

UPDATE "users" SET "name_search" = hp_name_key("name", "name_ar");
