import type { Pool } from '../postgres/pool';
import { pruneRevokedSessions } from '../sessions/revoked-sessions';

/** Drops rate-limit windows that started before `olderThan` (the table otherwise only grows). */
export async function pruneRateLimits(pool: Pool, olderThan: Date): Promise<number> {
  const res = await pool.query('DELETE FROM rate_limits WHERE window_start < $1', [olderThan]);
  return res.rowCount ?? 0;
}

/** Drops one-time-code challenges that expired before `olderThan` (used or not: they can never pass again). */
export async function pruneOtpChallenges(pool: Pool, olderThan: Date): Promise<number> {
  const res = await pool.query('DELETE FROM otp_challenges WHERE expires_at < $1', [olderThan]);
  return res.rowCount ?? 0;
}

/**
 * Drops queued SMS created before `olderThan`: the codes in them expired long ago (5 minutes), so rows the worker
 * gave up on (`failed_at`, body already cleared), or never reached, are of no use.
 */
export async function pruneSmsQueue(pool: Pool, olderThan: Date): Promise<number> {
  const res = await pool.query('DELETE FROM sms_queue WHERE created_at < $1', [olderThan]);
  return res.rowCount ?? 0;
}

/** Sign-in housekeeping, run by the projector now and then: anything older than a day goes. */
export async function pruneSignInData(pool: Pool, now: Date): Promise<{ rateLimits: number; otpChallenges: number; revokedSessions: number; smsQueue: number }> {
  const dayAgo = new Date(now.getTime() - 86_400_000);
  return {
    rateLimits: await pruneRateLimits(pool, dayAgo),
    otpChallenges: await pruneOtpChallenges(pool, dayAgo),
    revokedSessions: await pruneRevokedSessions(pool, now),
    smsQueue: await pruneSmsQueue(pool, dayAgo),
  };
}
