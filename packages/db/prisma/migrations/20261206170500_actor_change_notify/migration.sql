-- Portal processes keep who a session or development user is in memory (packages/db/src/actor-cache): the user's
-- role, pharmacy, deactivation and "signed out everywhere" instant, and whether one session id was signed out.
-- Every change to those is announced on hp_actor_changed ('u:<user id>', 's:<session id>', '*' for everything),
-- delivered when the change commits, so each process forgets its copy at once (and stops caching while it cannot
-- hear these).
CREATE FUNCTION hp_users_actor_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM pg_notify('hp_actor_changed', '*');
    RETURN NULL;
  END IF;
  PERFORM pg_notify('hp_actor_changed', 'u:' || OLD.id);
  IF TG_OP = 'UPDATE' AND NEW.id IS DISTINCT FROM OLD.id THEN
    PERFORM pg_notify('hp_actor_changed', 'u:' || NEW.id);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "users_actor_changed" AFTER UPDATE OF "id", "role", "pharmacy_id", "pharmacy_role", "sessions_valid_after", "deactivated_at" ON "users"
  FOR EACH ROW
  WHEN (OLD."id" IS DISTINCT FROM NEW."id" OR OLD."role" IS DISTINCT FROM NEW."role" OR OLD."pharmacy_id" IS DISTINCT FROM NEW."pharmacy_id"
     OR OLD."pharmacy_role" IS DISTINCT FROM NEW."pharmacy_role" OR OLD."sessions_valid_after" IS DISTINCT FROM NEW."sessions_valid_after"
     OR OLD."deactivated_at" IS DISTINCT FROM NEW."deactivated_at")
  EXECUTE FUNCTION hp_users_actor_changed();

CREATE TRIGGER "users_actor_removed" AFTER DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION hp_users_actor_changed();

CREATE TRIGGER "users_actor_truncated" AFTER TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION hp_users_actor_changed();

CREATE FUNCTION hp_revoked_sessions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM pg_notify('hp_actor_changed', '*');
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM pg_notify('hp_actor_changed', 's:' || NEW.sid);
  ELSE
    PERFORM pg_notify('hp_actor_changed', 's:' || OLD.sid);
    IF TG_OP = 'UPDATE' AND NEW.sid IS DISTINCT FROM OLD.sid THEN
      PERFORM pg_notify('hp_actor_changed', 's:' || NEW.sid);
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "revoked_sessions_changed" AFTER INSERT OR UPDATE OF "sid" OR DELETE ON "revoked_sessions"
  FOR EACH ROW EXECUTE FUNCTION hp_revoked_sessions_changed();

CREATE TRIGGER "revoked_sessions_truncated" AFTER TRUNCATE ON "revoked_sessions"
  FOR EACH STATEMENT EXECUTE FUNCTION hp_revoked_sessions_changed();
