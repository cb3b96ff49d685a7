import { clearFailedLogins, countFailedLogin, findPasswordCredential, upsertCredential, type Pool, type UserRole } from '@healthpay/db';
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
  await upsertCredential(deps.pool, { userId, email: normalizeEmail(email), passwordHash, now: deps.clock() });
}

/**
 * Email + password sign-in for staff and pharmacists. After MAX_FAILED_LOGINS failures in a row the
 * account is locked for LOCK_MINUTES; while locked the password is not even checked (so guessing
 * continues to learn nothing). Unknown emails cost the same argon2 work as known ones.
 */
export async function passwordLogin(deps: LoginDeps, email: string, password: string): Promise<LoginResult> {
  const now = deps.clock();
  const row = await findPasswordCredential(deps.pool, normalizeEmail(email));
  if (!row) {
    await verifyPassword(await dummyHash(), password);
    return { status: 'invalid' };
  }
  if (row.lockedUntil && row.lockedUntil > now) return locked(row.lockedUntil, now);
  if (await verifyPassword(row.passwordHash, password)) {
    await clearFailedLogins(deps.pool, row.userId);
    return { status: 'ok', userId: row.userId, role: row.role, pharmacyId: row.pharmacyId };
  }
  // Counted atomically: concurrent wrong guesses each count, and the one reaching the limit locks.
  const until = await countFailedLogin(deps.pool, row.userId, MAX_FAILED_LOGINS, new Date(now.getTime() + LOCK_MINUTES * 60_000));
  return until && until > now ? locked(until, now) : { status: 'invalid' };
}

const locked = (until: Date, now: Date): LoginResult => ({
  status: 'locked',
  retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
});
