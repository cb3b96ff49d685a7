import type { Pool } from '@healthpay/db';
import { matchTotp, newTotpSecret, openTotpSecret, otpauthUri, base32Encode, sealTotpSecret } from './totp';

export interface TotpDeps {
  pool: Pool;
  clock: () => Date;
  /** AUTH_SECRET: seals the TOTP secrets at rest. */
  secret: string;
}

interface TotpRow {
  email: string;
  totpSecret: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: string | null;
}

const load = async (deps: TotpDeps, userId: string): Promise<TotpRow | null> =>
  (await deps.pool.query<TotpRow>(
    `SELECT email, totp_secret AS "totpSecret", totp_enabled_at AS "totpEnabledAt", totp_last_step::text AS "totpLastStep"
       FROM credentials WHERE user_id = $1`,
    [userId],
  )).rows[0] ?? null;

/**
 * Accepts a code once: the step is recorded only if no newer step was, in one statement, so the same code
 * used twice (or two codes raced) cannot both pass.
 */
async function useCode(deps: TotpDeps, userId: string, row: TotpRow, code: string): Promise<boolean> {
  if (!row.totpSecret) return false;
  const last = row.totpLastStep === null ? null : Number(row.totpLastStep);
  const step = matchTotp(openTotpSecret(deps.secret, row.totpSecret), code, deps.clock(), last);
  if (step === null) return false;
  const res = await deps.pool.query(
    `UPDATE credentials SET totp_last_step = $2 WHERE user_id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
    [userId, step],
  );
  return res.rowCount === 1;
}

export type TotpStatus = 'off' | 'pending' | 'on';

export async function totpStatus(deps: TotpDeps, userId: string): Promise<TotpStatus> {
  const row = await load(deps, userId);
  return row?.totpEnabledAt ? 'on' : row?.totpSecret ? 'pending' : 'off';
}

/** Starts (or restarts) enrollment: a new secret, not yet required at sign-in. Refused once TOTP is on. */
export async function startTotp(deps: TotpDeps, userId: string): Promise<{ secret: string; uri: string } | 'already-on' | 'no-password'> {
  const row = await load(deps, userId);
  if (!row) return 'no-password';
  if (row.totpEnabledAt) return 'already-on';
  const secret = newTotpSecret();
  await deps.pool.query(
    `UPDATE credentials SET totp_secret = $2, totp_enabled_at = NULL, totp_last_step = NULL WHERE user_id = $1 AND totp_enabled_at IS NULL`,
    [userId, sealTotpSecret(deps.secret, secret)],
  );
  return { secret: base32Encode(secret), uri: otpauthUri(secret, row.email) };
}

/** Turns TOTP on with a first code from the app (proving it holds the secret). */
export async function confirmTotp(deps: TotpDeps, userId: string, code: string): Promise<boolean> {
  const row = await load(deps, userId);
  if (!row?.totpSecret || row.totpEnabledAt) return false;
  if (!(await useCode(deps, userId, row, code))) return false;
  await deps.pool.query(`UPDATE credentials SET totp_enabled_at = $2 WHERE user_id = $1`, [userId, deps.clock()]);
  return true;
}

/** Turns TOTP off; needs a current code, so a hijacked session alone cannot remove the second factor. */
export async function disableTotp(deps: TotpDeps, userId: string, code: string): Promise<boolean> {
  const row = await load(deps, userId);
  if (!row?.totpEnabledAt || !(await useCode(deps, userId, row, code))) return false;
  await deps.pool.query(`UPDATE credentials SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE user_id = $1`, [userId]);
  return true;
}

/** The second step of a password sign-in: not needed, needed but missing, wrong, or passed. */
export async function checkTotpAtSignIn(deps: TotpDeps, userId: string, code: string | undefined): Promise<'not-enrolled' | 'required' | 'invalid' | 'ok'> {
  const row = await load(deps, userId);
  if (!row?.totpEnabledAt) return 'not-enrolled';
  if (!code) return 'required';
  return (await useCode(deps, userId, row, code)) ? 'ok' : 'invalid';
}
