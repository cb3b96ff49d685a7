import type { Pool, UserRole } from '@healthpay/db';
import { normalizeEmail } from './email';
import { dummyHash, hashPassword, verifyPassword } from './password';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
export const MIN_PASSWORD_LENGTH = 12;

export interface LoginDeps {
  pool: Pool;
  clock: () => Date;
}

export type LoginResult =
  | { status: 'ok'; userId: string; role: UserRole; pharmacyId: string | null }
  | { status: 'invalid' }
  | { status: 'locked'; retryAfterSeconds: number };

/** Creates or replaces a user's email + password (and unlocks the account). */
export async function setPassword(deps: LoginDeps, userId: string, email: string, password: string): Promise<void> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new RangeError(`a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  const passwordHash = await hashPassword(password);
  await deps.pool.query(
    `INSERT INTO credentials (user_id, email, password_hash, failed_attempts, locked_until, updated_at)
     VALUES ($1, $2, $3, 0, NULL, $4)
     ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, password_hash = EXCLUDED.password_hash,
       failed_attempts = 0, locked_until = NULL, updated_at = EXCLUDED.updated_at`,
    [userId, normalizeEmail(email), passwordHash, deps.clock()],
  );
}

interface CredentialRow {
  userId: string;
  passwordHash: string;
  lockedUntil: Date | null;
  role: UserRole;
  pharmacyId: string | null;
}

/**
 * Email + password sign-in for staff and pharmacists. After MAX_FAILED_LOGINS failures in a row the
 * account is locked for LOCK_MINUTES; while locked the password is not even checked (so guessing
 * continues to learn nothing). Unknown emails cost the same argon2 work as known ones.
 */
export async function passwordLogin(deps: LoginDeps, email: string, password: string): Promise<LoginResult> {
  const now = deps.clock();
  const res = await deps.pool.query<CredentialRow>(
    `SELECT c.user_id AS "userId", c.password_hash AS "passwordHash", c.locked_until AS "lockedUntil",
            u.role, u.pharmacy_id AS "pharmacyId"
       FROM credentials c JOIN users u ON u.id = c.user_id
      WHERE c.email = $1 AND u.role <> 'patient' AND u.deactivated_at IS NULL`,
    [normalizeEmail(email)],
  );
  const row = res.rows[0];
  if (!row) {
    await verifyPassword(await dummyHash(), password);
    return { status: 'invalid' };
  }
  if (row.lockedUntil && row.lockedUntil > now) return locked(row.lockedUntil, now);
  if (await verifyPassword(row.passwordHash, password)) {
    await deps.pool.query(`UPDATE credentials SET failed_attempts = 0, locked_until = NULL WHERE user_id = $1`, [row.userId]);
    return { status: 'ok', userId: row.userId, role: row.role, pharmacyId: row.pharmacyId };
  }
  // One atomic statement: concurrent wrong guesses each count, and the one reaching the limit locks.
  const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  const failed = await deps.pool.query<{ lockedUntil: Date | null }>(
    `UPDATE credentials
        SET failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END,
            locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
      WHERE user_id = $1
      RETURNING locked_until AS "lockedUntil"`,
    [row.userId, MAX_FAILED_LOGINS, lockUntil],
  );
  const until = failed.rows[0]?.lockedUntil;
  return until && until > now ? locked(until, now) : { status: 'invalid' };
}

const locked = (until: Date, now: Date): LoginResult => ({
  status: 'locked',
  retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
});
