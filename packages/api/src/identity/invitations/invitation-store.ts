import type { Pool, PharmacyRole, UserRole } from '@healthpay/db';
import { normalizeEmail } from '../email';
import { INVITATION_TTL_MS, invitationStatus, newInvitationToken, type InvitationStatus } from './invitation-rules';

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

export interface StoreDeps {
  pool: Pool;
  clock: () => Date;
  newId: () => string;
}

export interface NewInvitation {
  email: string;
  role: UserRole;
  pharmacyId: string | null;
  pharmacyRole: PharmacyRole | null;
  locale: 'ar' | 'en';
  createdBy: string;
}

export type CreateResult = { status: 'created'; invitation: InvitationRow; token: string; replaced: string[] } | { status: 'account-exists' };

/** Whether an email already belongs to an account (users or password credentials). */
export async function emailHasAccount(db: Pick<Pool, 'query'>, email: string): Promise<boolean> {
  const res = await db.query(
    `SELECT 1 FROM users WHERE lower(email) = $1 UNION ALL SELECT 1 FROM credentials WHERE email = $1 LIMIT 1`,
    [normalizeEmail(email)],
  );
  return res.rowCount !== 0;
}

/**
 * A new invitation with a fresh token. In one transaction under a lock on the email: an email that has an
 * account is refused, and a pending invitation to the same email is revoked (replaced), so at most one link
 * to an email works at a time.
 */
export async function createInvitation(deps: StoreDeps, spec: NewInvitation): Promise<CreateResult> {
  const email = normalizeEmail(spec.email);
  const now = deps.clock();
  const { token, tokenHash } = newInvitationToken();
  const client = await deps.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('invitation:' || $1, 0))`, [email]);
    if (await emailHasAccount(client, email)) {
      await client.query('ROLLBACK');
      return { status: 'account-exists' };
    }
    const replaced = await client.query<{ id: string }>(
      `UPDATE invitations SET revoked_at = $2 WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id`,
      [email, now],
    );
    const inserted = await client.query<InvitationRow>(
      `INSERT INTO invitations (id, email, role, pharmacy_id, pharmacy_role, locale, token_hash, expires_at, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${INVITATION_COLUMNS}`,
      [deps.newId(), email, spec.role, spec.pharmacyId, spec.pharmacyRole, spec.locale, tokenHash,
        new Date(now.getTime() + INVITATION_TTL_MS), spec.createdBy, now],
    );
    await client.query('COMMIT');
    return { status: 'created', invitation: inserted.rows[0] as InvitationRow, token, replaced: replaced.rows.map((r) => r.id) };
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

export interface InvitationFilter {
  /** Staff invitations, or pharmacists' (optionally of one pharmacy). */
  kind: 'staff' | 'pharmacists';
  pharmacyId?: string;
  status?: InvitationStatus;
  limit: number;
}

/** Newest first; the status is computed against `now` (expired is not stored). */
export async function listInvitations(pool: Pool, f: InvitationFilter, now: Date): Promise<(InvitationRow & { status: InvitationStatus })[]> {
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
  return res.rows.map((r) => ({ ...r, status: invitationStatus(r, now) }));
}

/** Revokes a pending (or expired) invitation; null when there is none that is not accepted or revoked. */
export async function revokeInvitation(pool: Pool, id: string, at: Date): Promise<InvitationRow | null> {
  const res = await pool.query<InvitationRow>(
    `UPDATE invitations SET revoked_at = $2 WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING ${INVITATION_COLUMNS}`,
    [id, at],
  );
  return res.rows[0] ?? null;
}
