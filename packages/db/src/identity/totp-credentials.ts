import type { Pool } from '../postgres/pool';

export interface TotpCredentialRow {
  email: string;
  /** Sealed (the API opens it). */
  totpSecret: string | null;
  totpEnabledAt: Date | null;
  /** The last accepted time step, as text (a bigint). */
  totpLastStep: string | null;
}

/** A password account's authenticator settings; null without a password. */
export async function loadTotpCredential(pool: Pool, userId: string): Promise<TotpCredentialRow | null> {
  const res = await pool.query<TotpCredentialRow>(
    `SELECT email, totp_secret AS "totpSecret", totp_enabled_at AS "totpEnabledAt", totp_last_step::text AS "totpLastStep"
       FROM credentials WHERE user_id = $1`,
    [userId],
  );
  return res.rows[0] ?? null;
}

/** Records `step` as used, only if no newer step was (one statement: a code used twice, or two raced, pass once). */
export async function recordTotpStep(pool: Pool, userId: string, step: number): Promise<boolean> {
  const res = await pool.query(
    `UPDATE credentials SET totp_last_step = $2 WHERE user_id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
    [userId, step],
  );
  return res.rowCount === 1;
}

/** A new (sealed) secret, not yet required at sign-in; ignored once TOTP is on. */
export async function storePendingTotpSecret(pool: Pool, userId: string, sealedSecret: string): Promise<void> {
  await pool.query(
    `UPDATE credentials SET totp_secret = $2, totp_enabled_at = NULL, totp_last_step = NULL WHERE user_id = $1 AND totp_enabled_at IS NULL`,
    [userId, sealedSecret],
  );
}

export async function enableTotp(pool: Pool, userId: string, now: Date): Promise<void> {
  await pool.query(`UPDATE credentials SET totp_enabled_at = $2 WHERE user_id = $1`, [userId, now]);
}

export async function clearTotp(pool: Pool, userId: string): Promise<void> {
  await pool.query(`UPDATE credentials SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE user_id = $1`, [userId]);
}
