import { createHash, randomBytes } from 'node:crypto';
import type { Pool } from '@healthpay/db';
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

export interface ApiTokenView {
  id: string;
  /** The pharmacist a pharmacy token acts as; null for an organization token. */
  userId: string | null;
  pharmacyId: string | null;
  organizationId: string | null;
  name: string;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

const VIEW = `id, user_id AS "userId", pharmacy_id AS "pharmacyId", organization_id AS "organizationId", name, created_by AS "createdBy",
  created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt"`;

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
  const user = await deps.pool.query<{ role: string; pharmacyId: string | null }>(
    'SELECT role, pharmacy_id AS "pharmacyId" FROM users WHERE id = $1',
    [input.userId],
  );
  const u = user.rows[0];
  if (!u || u.role !== 'pharmacist' || u.pharmacyId !== input.pharmacyId) {
    throw new AppError('VALIDATION_FAILED', 'A token acts as a pharmacist of the pharmacy it is scoped to', {}, [
      { path: 'userId', message: 'not a pharmacist of this pharmacy' },
    ]);
  }
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const res = await deps.pool.query<ApiTokenView>(
    `INSERT INTO api_tokens (id, token_hash, user_id, pharmacy_id, name, created_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${VIEW}`,
    [deps.newId(), sha256(token), input.userId, input.pharmacyId, input.name, input.createdBy, now, input.expiresAt],
  );
  return { token, view: res.rows[0] as ApiTokenView };
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
  const org = await deps.pool.query('SELECT 1 FROM organizations WHERE id = $1', [input.organizationId]);
  if (org.rowCount !== 1) throw new AppError('ORGANIZATION_NOT_FOUND', 'No such organization');
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const res = await deps.pool.query<ApiTokenView>(
    `INSERT INTO api_tokens (id, token_hash, organization_id, name, created_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${VIEW}`,
    [deps.newId(), sha256(token), input.organizationId, input.name, input.createdBy, now, input.expiresAt],
  );
  return { token, view: res.rows[0] as ApiTokenView };
}

/** Pharmacy tokens (optionally of one pharmacy), or an organization's tokens; newest first. */
export async function listApiTokens(pool: Pool, filter: { pharmacyId?: string; organizationId?: string }): Promise<ApiTokenView[]> {
  const res = await pool.query<ApiTokenView>(
    `SELECT ${VIEW} FROM api_tokens
      WHERE CASE WHEN $2::text IS NULL THEN pharmacy_id IS NOT NULL AND ($1::text IS NULL OR pharmacy_id = $1)
                 ELSE organization_id = $2 END
      ORDER BY created_at DESC, id LIMIT 500`,
    [filter.pharmacyId ?? null, filter.organizationId ?? null],
  );
  return res.rows;
}

/** Revokes a token (idempotent: an already revoked token keeps its first revocation time); null if unknown. */
export async function revokeApiToken(deps: TokenDeps, id: string): Promise<ApiTokenView | null> {
  const res = await deps.pool.query<ApiTokenView>(
    `UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1 RETURNING ${VIEW}`,
    [id, deps.clock()],
  );
  return res.rows[0] ?? null;
}

/** The caller a bearer token stands for, or null when it is unknown, revoked or expired. */
export async function resolveApiToken(deps: Omit<TokenDeps, 'newId'>, token: string): Promise<(Actor & { tokenId: string }) | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const now = deps.clock();
  const res = await deps.pool.query<{
    tokenId: string; userId: string | null; role: Actor['role'] | null; pharmacyId: string | null; organizationId: string | null; lastUsedAt: Date | null;
  }>(
    `SELECT t.id AS "tokenId", t.user_id AS "userId", u.role, t.pharmacy_id AS "pharmacyId",
            t.organization_id AS "organizationId", t.last_used_at AS "lastUsedAt"
       FROM api_tokens t LEFT JOIN users u ON u.id = t.user_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)`,
    [sha256(token), now],
  );
  const row = res.rows[0];
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) {
    await deps.pool.query('UPDATE api_tokens SET last_used_at = $2 WHERE id = $1', [row.tokenId, now]);
  }
  if (row.organizationId) {
    return { tokenId: row.tokenId, userId: organizationActorId(row.organizationId), role: 'organization', pharmacyId: null, organizationId: row.organizationId };
  }
  if (!row.userId || !row.role) return null;
  return { tokenId: row.tokenId, userId: row.userId, role: row.role, pharmacyId: row.pharmacyId };
}
