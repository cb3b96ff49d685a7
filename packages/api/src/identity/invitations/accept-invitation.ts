import {
  findInvitationByTokenHash, inTransaction, openInvitedAccount, setInvitationTotpSecret, type Pool, type PharmacyRole, type PoolClient, type UserRole,
} from '@healthpay/db';
import { requiresTwoStep } from '../../auth/roles';
import { MIN_PASSWORD_LENGTH } from '../password-login';
import { hashPassword } from '../password';
import { hitRateLimits, type RateLimitRule } from '../rate-limit';
import { base32Encode, matchTotp, newTotpSecret, openTotpSecret, otpauthUri, sealTotpSecret } from '../totp';
import { emailHasAccount, type InvitationRow } from './invitation-store';
import { TOKEN_PATTERN, invitationStatus, invitationTokenHash, type InvitationStatus } from './invitation-rules';

export interface AcceptDeps {
  pool: Pool;
  clock: () => Date;
  newId: () => string;
  /** AUTH_SECRET: seals TOTP secrets at rest. */
  secret: string;
}

/** Link lookups per client address: 32-byte tokens cannot be guessed, and this keeps anyone from trying. */
export const invitationLimits = {
  lookupPerIp: (ip: string): RateLimitRule => ({ key: `invite:ip:${ip}`, limit: 30, windowSeconds: 600 }),
  /** Tries at accepting one invitation (wrong TOTP codes), whoever makes them. */
  acceptPerInvitation: (id: string): RateLimitRule => ({ key: `invite-accept:${id}`, limit: 10, windowSeconds: 600 }),
};

export type Limited = { status: 'rate-limited'; retryAfterSeconds: number };

/** Counts one lookup by this client; a refusal names the wait. */
export async function limitInvitationLookup(deps: AcceptDeps, ip: string | null): Promise<Limited | null> {
  const d = await hitRateLimits(deps.pool, [invitationLimits.lookupPerIp(ip ?? 'unknown')], deps.clock());
  return d.allowed ? null : { status: 'rate-limited', retryAfterSeconds: d.retryAfterSeconds };
}

type Found = InvitationRow & { status: InvitationStatus; totpSecret: string | null };

async function byToken(db: Pick<Pool, 'query'>, token: string, now: Date, lock = false): Promise<Found | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await findInvitationByTokenHash(db, invitationTokenHash(token), lock);
  return row ? { ...row, status: invitationStatus(row, now) } : null;
}

/** What the accept page may show: the status, the email and the role, nothing else. */
export interface InvitationPreview {
  status: InvitationStatus;
  email: string;
  role: UserRole;
  pharmacyRole: PharmacyRole | null;
  requiresTotp: boolean;
}

export async function inspectInvitation(deps: AcceptDeps, token: string): Promise<InvitationPreview | null> {
  const found = await byToken(deps.pool, token, deps.clock());
  if (!found) return null;
  return { status: found.status, email: found.email, role: found.role, pharmacyRole: found.pharmacyRole, requiresTotp: requiresTwoStep(found.role) };
}

export type TotpSetupResult = { status: 'ok'; secret: string; uri: string } | { status: 'not-found' | 'not-required' } | { status: Exclude<InvitationStatus, 'pending'> };

/**
 * For roles with two-step sign-in: a new authenticator secret for this invitation (a second call replaces it).
 * The account is only created with a code from it (acceptInvitation).
 */
export async function startInvitationTotp(deps: AcceptDeps, token: string): Promise<TotpSetupResult> {
  const found = await byToken(deps.pool, token, deps.clock());
  if (!found) return { status: 'not-found' };
  if (found.status !== 'pending') return { status: found.status };
  if (!requiresTwoStep(found.role)) return { status: 'not-required' };
  const secret = newTotpSecret();
  await setInvitationTotpSecret(deps.pool, found.id, sealTotpSecret(deps.secret, secret));
  return { status: 'ok', secret: base32Encode(secret), uri: otpauthUri(secret, found.email) };
}

export interface Acceptance {
  name: string;
  password: string;
  totpCode?: string;
}

export type AcceptResult =
  | { status: 'ok'; userId: string; email: string; role: UserRole; pharmacyId: string | null; pharmacyRole: PharmacyRole | null; invitationId: string }
  | { status: 'not-found' | 'account-exists' | 'totp-required' | 'totp-invalid' | 'weak-password' }
  | { status: Exclude<InvitationStatus, 'pending'>; invitationId: string }
  | (Limited & { invitationId: string });

/**
 * Opens the invitee's account: user, argon2id password and (for two-step roles) TOTP already on, and marks the
 * invitation accepted, all in one transaction holding the invitation's row lock. Of two accepts of one link,
 * the second waits for the first and then finds it accepted: one account. An email that meanwhile got an
 * account is refused.
 */
export async function acceptInvitation(deps: AcceptDeps, token: string, a: Acceptance): Promise<AcceptResult> {
  if (a.password.length < MIN_PASSWORD_LENGTH) return { status: 'weak-password' };
  const first = await byToken(deps.pool, token, deps.clock());
  if (!first) return { status: 'not-found' };
  if (first.status !== 'pending') return { status: first.status, invitationId: first.id };
  const limit = await hitRateLimits(deps.pool, [invitationLimits.acceptPerInvitation(first.id)], deps.clock());
  if (!limit.allowed) return { status: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds, invitationId: first.id };
  // The slow hash before the lock is taken.
  const passwordHash = await hashPassword(a.password);

  try {
    return await inTransaction(deps.pool, (client) => acceptLocked(deps, client, token, a, passwordHash), (r) => r.status === 'ok');
  } catch (error) {
    // The unique email index caught an account made between the check and the insert.
    if ((error as { code?: string }).code === '23505') return { status: 'account-exists' };
    throw error;
  }
}

/** The accept itself, holding the invitation's row lock. */
async function acceptLocked(deps: AcceptDeps, client: PoolClient, token: string, a: Acceptance, passwordHash: string): Promise<AcceptResult> {
  const now = deps.clock();
  const inv = await byToken(client, token, now, true);
  if (!inv) return { status: 'not-found' };
  if (inv.status !== 'pending') return { status: inv.status, invitationId: inv.id };
  let totp: { sealed: string; step: number } | null = null;
  if (requiresTwoStep(inv.role)) {
    if (!inv.totpSecret || !a.totpCode) return { status: 'totp-required' };
    const step = matchTotp(openTotpSecret(deps.secret, inv.totpSecret), a.totpCode, now, null);
    if (step === null) return { status: 'totp-invalid' };
    totp = { sealed: inv.totpSecret, step };
  }
  if (await emailHasAccount(client, inv.email)) return { status: 'account-exists' };
  const userId = deps.newId();
  const pharmacyRole = inv.role === 'pharmacist' ? (inv.pharmacyRole ?? 'pharmacist') : null;
  await openInvitedAccount(client, {
    userId, invitationId: inv.id, role: inv.role, name: a.name, email: inv.email, locale: inv.locale, pharmacyId: inv.pharmacyId, pharmacyRole, passwordHash, totp, now,
  });
  return { status: 'ok', userId, email: inv.email, role: inv.role, pharmacyId: inv.pharmacyId, pharmacyRole, invitationId: inv.id };
}
