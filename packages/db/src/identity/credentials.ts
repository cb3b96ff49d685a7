import type { Pool } from '../postgres/pool';
import type { UserRole } from '../users/queries';

/** Creates or replaces a user's email + password hash, unlocking the account. */
export async function upsertCredential(pool: Pool, c: { userId: string; email: string; passwordHash: string; now: Date }): Promise<void> {
  await pool.query(
    `INSERT INTO credentials (user_id, email, password_hash, failed_attempts, locked_until, updated_at)
     VALUES ($1, $2, $3, 0, NULL, $4)
     ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, password_hash = EXCLUDED.password_hash,
       failed_attempts = 0, locked_until = NULL, updated_at = EXCLUDED.updated_at`,
    [c.userId, c.email, c.passwordHash, c.now],
  );
}

export interface CredentialRow {
  userId: string;
  passwordHash: string;
  lockedUntil: Date | null;
  role: UserRole;
  pharmacyId: string | null;
}

/** The password credential behind a (normalised) email: active staff and pharmacists only. */
export async function findPasswordCredential(pool: Pool, email: string): Promise<CredentialRow | null> {
  const res = await pool.query<CredentialRow>(
    `SELECT c.user_id AS "userId", c.password_hash AS "passwordHash", c.locked_until AS "lockedUntil",
            u.role, u.pharmacy_id AS "pharmacyId"
       FROM credentials c JOIN users u ON u.id = c.user_id
      WHERE c.email = $1 AND u.role <> 'patient' AND u.deactivated_at IS NULL`,
    [email],
  );
  return res.rows[0] ?? null;
}

/** A right password: the failure count starts again. */
export async function clearFailedLogins(pool: Pool, userId: string): Promise<void> {
  await pool.query(`UPDATE credentials SET failed_attempts = 0, locked_until = NULL WHERE user_id = $1`, [userId]);
}

/**
 * A wrong password, in one atomic statement: concurrent wrong guesses each count, and the one reaching
 * `maxFailures` locks until `lockUntil`. Returns the lock in force afterwards (null: not locked).
 */
export async function countFailedLogin(pool: Pool, userId: string, maxFailures: number, lockUntil: Date): Promise<Date | null> {
  const res = await pool.query<{ lockedUntil: Date | null }>(
    `UPDATE credentials
        SET failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END,
            locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
      WHERE user_id = $1
      RETURNING locked_until AS "lockedUntil"`,
    [userId, maxFailures, lockUntil],
  );
  return res.rows[0]?.lockedUntil ?? null;
}
