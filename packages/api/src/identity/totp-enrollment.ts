import { clearTotp, enableTotp, loadTotpCredential, recordTotpStep, storePendingTotpSecret, type Pool, type TotpCredentialRow } from '@healthpay/db';
import { matchTotp, newTotpSecret, openTotpSecret, otpauthUri, base32Encode, sealTotpSecret } from './totp';

export interface TotpDeps {
  pool: Pool;
  clock: () => Date;
  /** AUTH_SECRET: seals the TOTP secrets at rest. */
  secret: string;
}

type TotpRow = TotpCredentialRow;

const load = (deps: TotpDeps, userId: string): Promise<TotpRow | null> => loadTotpCredential(deps.pool, userId);

/**
 * Accepts a code once: the step is recorded only if no newer step was, in one statement, so the same code
 * used twice (or two codes raced) cannot both pass.
 */
async function useCode(deps: TotpDeps, userId: string, row: TotpRow, code: string): Promise<boolean> {
  if (!row.totpSecret) return false;
  const last = row.totpLastStep === null ? null : Number(row.totpLastStep);
  const step = matchTotp(openTotpSecret(deps.secret, row.totpSecret), code, deps.clock(), last);
  if (step === null) return false;
  return recordTotpStep(deps.pool, userId, step);
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
  await storePendingTotpSecret(deps.pool, userId, sealTotpSecret(deps.secret, secret));
  return { secret: base32Encode(secret), uri: otpauthUri(secret, row.email) };
}

/** Turns TOTP on with a first code from the app (proving it holds the secret). */
export async function confirmTotp(deps: TotpDeps, userId: string, code: string): Promise<boolean> {
  const row = await load(deps, userId);
  if (!row?.totpSecret || row.totpEnabledAt) return false;
  if (!(await useCode(deps, userId, row, code))) return false;
  await enableTotp(deps.pool, userId, deps.clock());
  return true;
}

/** Turns TOTP off; needs a current code, so a hijacked session alone cannot remove the second factor. */
export async function disableTotp(deps: TotpDeps, userId: string, code: string): Promise<boolean> {
  const row = await load(deps, userId);
  if (!row?.totpEnabledAt || !(await useCode(deps, userId, row, code))) return false;
  await clearTotp(deps.pool, userId);
  return true;
}

/** The second step of a password sign-in: not needed, needed but missing, wrong, or passed. */
export async function checkTotpAtSignIn(deps: TotpDeps, userId: string, code: string | undefined): Promise<'not-enrolled' | 'required' | 'invalid' | 'ok'> {
  const row = await load(deps, userId);
  if (!row?.totpEnabledAt) return 'not-enrolled';
  if (!code) return 'required';
  return (await useCode(deps, userId, row, code)) ? 'ok' : 'invalid';
}
