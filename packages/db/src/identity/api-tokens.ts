import type { Pool } from '../postgres/pool';
import type { UserRole } from '../users/queries';

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

const VIEW = `id, user_id AS "userId", pharmacy_id AS "pharmacyId", organization_id AS "organizationId", name, created_by AS "createdBy",
  created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt"`;

/** A new token row (only the secret's SHA-256); pharmacy tokens name their pharmacist, organization tokens their organization. */
export async function insertApiToken(
  pool: Pool,
  t: { id: string; tokenHash: string; name: string; createdBy: string; createdAt: Date; expiresAt: Date | null } & (
    | { userId: string; pharmacyId: string }
    | { organizationId: string }
  ),
): Promise<ApiTokenView> {
  const res = await pool.query<ApiTokenView>(
    `INSERT INTO api_tokens (id, token_hash, user_id, pharmacy_id, organization_id, name, created_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${VIEW}`,
    [
      t.id, t.tokenHash, 'userId' in t ? t.userId : null, 'pharmacyId' in t ? t.pharmacyId : null, 'organizationId' in t ? t.organizationId : null,
      t.name, t.createdBy, t.createdAt, t.expiresAt,
    ],
  );
  return res.rows[0] as ApiTokenView;
}

/** Whether an organization exists (tokens can only act as one that does). */
export async function organizationExists(pool: Pool, id: string): Promise<boolean> {
  return (await pool.query('SELECT 1 FROM organizations WHERE id = $1', [id])).rowCount === 1;
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

/** Revokes a token, keeping the first revocation time; null if unknown. */
export async function markApiTokenRevoked(pool: Pool, id: string, now: Date): Promise<ApiTokenView | null> {
  const res = await pool.query<ApiTokenView>(`UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1 RETURNING ${VIEW}`, [id, now]);
  return res.rows[0] ?? null;
}

export interface LiveApiToken {
  tokenId: string;
  userId: string | null;
  role: UserRole | null;
  pharmacyId: string | null;
  organizationId: string | null;
  lastUsedAt: Date | null;
}

/** The unrevoked, unexpired token with this secret hash, with its pharmacist's role. */
export async function findLiveApiToken(pool: Pool, tokenHash: string, now: Date): Promise<LiveApiToken | null> {
  const res = await pool.query<LiveApiToken>(
    `SELECT t.id AS "tokenId", t.user_id AS "userId", u.role, t.pharmacy_id AS "pharmacyId",
            t.organization_id AS "organizationId", t.last_used_at AS "lastUsedAt"
       FROM api_tokens t LEFT JOIN users u ON u.id = t.user_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)`,
    [tokenHash, now],
  );
  return res.rows[0] ?? null;
}

export async function touchApiToken(pool: Pool, id: string, now: Date): Promise<void> {
  await pool.query('UPDATE api_tokens SET last_used_at = $2 WHERE id = $1', [id, now]);
}
