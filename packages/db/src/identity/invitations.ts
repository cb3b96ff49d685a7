import type { Pool, PoolClient } from '../postgres/pool';
import type { PharmacyRole, UserRole } from '../users/queries';

export interface InvitationRow {
  id: string;
  email: string;
  role: UserRole;
  pharmacyId: string | null;
  pharmacyRole: PharmacyRole | null;
  locale: 'ar' | 'en';
  expiresAt: Date;
  createdBy: string;
  createdAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  acceptedUserId: string | null;
}

export const INVITATION_COLUMNS = `id, email, role, pharmacy_id AS "pharmacyId", pharmacy_role AS "pharmacyRole", locale,
  expires_at AS "expiresAt", created_by AS "createdBy", created_at AS "createdAt", accepted_at AS "acceptedAt",
  revoked_at AS "revokedAt", accepted_user_id AS "acceptedUserId"`;

/** Whether an email (normalised) already belongs to an account (users or password credentials). */
export async function emailHasAccount(db: Pick<Pool, 'query'>, email: string): Promise<boolean> {
  const res = await db.query(`SELECT 1 FROM users WHERE lower(email) = $1 UNION ALL SELECT 1 FROM credentials WHERE email = $1 LIMIT 1`, [email]);
  return res.rowCount !== 0;
}

export interface InvitationInsert {
  id: string;
  /** Normalised. */
  email: string;
  role: UserRole;
  pharmacyId: string | null;
  pharmacyRole: PharmacyRole | null;
  locale: 'ar' | 'en';
  tokenHash: string;
  expiresAt: Date;
  createdBy: string;
  createdAt: Date;
}

/**
 * Stores a new invitation in one transaction under a lock on the email: an email that has an account is
 * refused (null), and pending invitations to the same email are revoked (their ids returned).
 */
export async function insertInvitationReplacing(pool: Pool, i: InvitationInsert): Promise<{ invitation: InvitationRow; replaced: string[] } | null> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('invitation:' || $1, 0))`, [i.email]);
    if (await emailHasAccount(client, i.email)) {
      await client.query('ROLLBACK');
      return null;
    }
    const replaced = await client.query<{ id: string }>(
      `UPDATE invitations SET revoked_at = $2 WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id`,
      [i.email, i.createdAt],
    );
    const inserted = await client.query<InvitationRow>(
      `INSERT INTO invitations (id, email, role, pharmacy_id, pharmacy_role, locale, token_hash, expires_at, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${INVITATION_COLUMNS}`,
      [i.id, i.email, i.role, i.pharmacyId, i.pharmacyRole, i.locale, i.tokenHash, i.expiresAt, i.createdBy, i.createdAt],
    );
    await client.query('COMMIT');
    return { invitation: inserted.rows[0] as InvitationRow, replaced: replaced.rows.map((r) => r.id) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export async function getInvitation(pool: Pool, id: string): Promise<InvitationRow | null> {
  return (await pool.query<InvitationRow>(`SELECT ${INVITATION_COLUMNS} FROM invitations WHERE id = $1`, [id])).rows[0] ?? null;
}

export interface InvitationRowFilter {
  /** Staff invitations, or pharmacists' (optionally of one pharmacy). */
  kind: 'staff' | 'pharmacists';
  pharmacyId?: string;
  /** Expired is not stored: computed against `now`. */
  status?: 'pending' | 'expired' | 'accepted' | 'revoked';
  limit: number;
}

/** Newest first. */
export async function selectInvitations(pool: Pool, f: InvitationRowFilter, now: Date): Promise<InvitationRow[]> {
  const res = await pool.query<InvitationRow>(
    `SELECT ${INVITATION_COLUMNS} FROM invitations
      WHERE (CASE WHEN $1 = 'pharmacists' THEN role = 'pharmacist' ELSE role <> 'pharmacist' END)
        AND ($2::text IS NULL OR pharmacy_id = $2)
        AND (CASE $3::text
               WHEN 'pending' THEN accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $4
               WHEN 'expired' THEN accepted_at IS NULL AND revoked_at IS NULL AND expires_at <= $4
               WHEN 'accepted' THEN accepted_at IS NOT NULL
               WHEN 'revoked' THEN accepted_at IS NULL AND revoked_at IS NOT NULL
               ELSE true END)
      ORDER BY created_at DESC, id LIMIT $5`,
    [f.kind, f.pharmacyId ?? null, f.status ?? null, now, f.limit],
  );
  return res.rows;
}

/** Revokes a pending (or expired) invitation; null when there is none that is not accepted or revoked. */
export async function revokeInvitation(pool: Pool, id: string, at: Date): Promise<InvitationRow | null> {
  const res = await pool.query<InvitationRow>(
    `UPDATE invitations SET revoked_at = $2 WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING ${INVITATION_COLUMNS}`,
    [id, at],
  );
  return res.rows[0] ?? null;
}

/** An invitation by its token's SHA-256, with the sealed TOTP secret of a pending two-step enrollment; `lock` takes its row lock. */
export async function findInvitationByTokenHash(
  db: Pick<Pool, 'query'>, tokenHash: string, lock = false,
): Promise<(InvitationRow & { totpSecret: string | null }) | null> {
  const res = await db.query<InvitationRow & { totpSecret: string | null }>(
    `SELECT ${INVITATION_COLUMNS}, totp_secret AS "totpSecret" FROM invitations WHERE token_hash = $1${lock ? ' FOR UPDATE' : ''}`,
    [tokenHash],
  );
  return res.rows[0] ?? null;
}

/** Keeps (replaces) the sealed authenticator secret a pending invitation is being accepted with. */
export async function setInvitationTotpSecret(pool: Pool, id: string, sealedSecret: string): Promise<void> {
  await pool.query(`UPDATE invitations SET totp_secret = $2 WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`, [id, sealedSecret]);
}

/**
 * Runs `work` in one transaction on one connection: committed when `commit(result)` says so, else rolled
 * back (and rolled back on any error, which is rethrown).
 */
export async function inTransaction<R>(pool: Pool, work: (client: PoolClient) => Promise<R>, commit: (result: R) => boolean): Promise<R> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query(commit(result) ? 'COMMIT' : 'ROLLBACK');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export interface InvitedAccount {
  userId: string;
  invitationId: string;
  role: UserRole;
  name: string;
  email: string;
  locale: 'ar' | 'en';
  pharmacyId: string | null;
  pharmacyRole: PharmacyRole | null;
  passwordHash: string;
  /** Two-step roles: the sealed secret, on from the start, with the step of the code that proved it. */
  totp: { sealed: string; step: number } | null;
  now: Date;
}

/** The invitee's user and password credential, and the invitation marked accepted (inside the caller's transaction). */
export async function openInvitedAccount(client: PoolClient, a: InvitedAccount): Promise<void> {
  await client.query(
    `INSERT INTO users (id, role, name, email, locale, pharmacy_id, pharmacy_role, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [a.userId, a.role, a.name, a.email, a.locale, a.pharmacyId, a.pharmacyRole, a.now],
  );
  await client.query(
    `INSERT INTO credentials (user_id, email, password_hash, totp_secret, totp_enabled_at, totp_last_step, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [a.userId, a.email, a.passwordHash, a.totp?.sealed ?? null, a.totp ? a.now : null, a.totp?.step ?? null, a.now],
  );
  await client.query(`UPDATE invitations SET accepted_at = $2, accepted_user_id = $3, totp_secret = NULL WHERE id = $1`, [a.invitationId, a.now, a.userId]);
}
