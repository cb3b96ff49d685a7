import type { Pool } from '../postgres/pool';

/** Signs one session out for good: its id stays refused until the session would have expired anyway. */
export async function revokeSession(pool: Pool, sid: string, expiresAt: Date, at: Date): Promise<void> {
  await pool.query(
    'INSERT INTO revoked_sessions (sid, expires_at, revoked_at) VALUES ($1, $2, $3) ON CONFLICT (sid) DO NOTHING',
    [sid, expiresAt, at],
  );
}

export async function isSessionRevoked(pool: Pool, sid: string): Promise<boolean> {
  const res = await pool.query('SELECT 1 FROM revoked_sessions WHERE sid = $1', [sid]);
  return res.rowCount !== 0;
}

/** Revoked sessions past their expiry can never be presented again: drop them. */
export async function pruneRevokedSessions(pool: Pool, now: Date): Promise<number> {
  const res = await pool.query('DELETE FROM revoked_sessions WHERE expires_at < $1', [now]);
  return res.rowCount ?? 0;
}
