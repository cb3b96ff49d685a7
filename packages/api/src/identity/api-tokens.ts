import { createHash, randomBytes } from 'node:crypto';
import {
  findLiveApiToken, getUser, insertApiToken, markApiTokenRevoked, organizationExists, touchApiToken, type ApiTokenView, type Pool,
} from '@healthpay/db';
import { organizationActorId, type Actor } from '../auth/actor';
import { AppError } from '../errors/app-error';

export const TOKEN_PREFIX = 'hp_';
/** last_used_at is refreshed at most this often, so a busy token does not write on every request. */
const LAST_USED_GRANULARITY_MS = 60_000;

export interface TokenDeps {
  pool: Pool;
  clock: () => Date;
  newId: () => string;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

export interface IssueTokenInput {
  /** The pharmacist the token acts as; it must belong to `pharmacyId`. */
  userId: string;
  pharmacyId: string;
  name: string;
  expiresAt: Date | null;
  createdBy: string;
}

/** Issues a token: the secret is returned once (only its SHA-256 is stored). */
export async function issueApiToken(deps: TokenDeps, input: IssueTokenInput): Promise<{ token: string; view: ApiTokenView }> {
  const now = deps.clock();
  if (input.expiresAt && input.expiresAt <= now) throw new AppError('VALIDATION_FAILED', 'The expiry must be in the future');
  const u = await getUser(deps.pool, input.userId);
  if (!u || u.role !== 'pharmacist' || u.pharmacyId !== input.pharmacyId) {
    throw new AppError('VALIDATION_FAILED', 'A token acts as a pharmacist of the pharmacy it is scoped to', {}, [
      { path: 'userId', message: 'not a pharmacist of this pharmacy' },
    ]);
  }
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const view = await insertApiToken(deps.pool, {
    id: deps.newId(), tokenHash: sha256(token), userId: input.userId, pharmacyId: input.pharmacyId, name: input.name, createdBy: input.createdBy, createdAt: now,
    expiresAt: input.expiresAt,
  });
  return { token, view };
}

export interface IssueOrganizationTokenInput {
  organizationId: string;
  name: string;
  expiresAt: Date | null;
  createdBy: string;
}

/** Issues a token that acts as an organization (enrolls and reads its own members); the secret is returned once. */
export async function issueOrganizationToken(deps: TokenDeps, input: IssueOrganizationTokenInput): Promise<{ token: string; view: ApiTokenView }> {
  const now = deps.clock();
  if (input.expiresAt && input.expiresAt <= now) throw new AppError('VALIDATION_FAILED', 'The expiry must be in the future');
  if (!(await organizationExists(deps.pool, input.organizationId))) throw new AppError('ORGANIZATION_NOT_FOUND', 'No such organization');
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const view = await insertApiToken(deps.pool, {
    id: deps.newId(), tokenHash: sha256(token), organizationId: input.organizationId, name: input.name, createdBy: input.createdBy, createdAt: now,
    expiresAt: input.expiresAt,
  });
  return { token, view };
}

export { listApiTokens, type ApiTokenView } from '@healthpay/db';

/** Revokes a token (idempotent: an already revoked token keeps its first revocation time); null if unknown. */
export async function revokeApiToken(deps: TokenDeps, id: string): Promise<ApiTokenView | null> {
  return markApiTokenRevoked(deps.pool, id, deps.clock());
}

/** The caller a bearer token stands for, or null when it is unknown, revoked or expired. */
export async function resolveApiToken(deps: Omit<TokenDeps, 'newId'>, token: string): Promise<(Actor & { tokenId: string }) | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const now = deps.clock();
  const row = await findLiveApiToken(deps.pool, sha256(token), now);
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) {
    await touchApiToken(deps.pool, row.tokenId, now);
  }
  if (row.organizationId) {
    return { tokenId: row.tokenId, userId: organizationActorId(row.organizationId), role: 'organization', pharmacyId: null, organizationId: row.organizationId };
  }
  if (!row.userId || !row.role) return null;
  return { tokenId: row.tokenId, userId: row.userId, role: row.role, pharmacyId: row.pharmacyId };
}
