import type { Pool, PoolClient } from '../postgres/pool';
import { STAFF_ROLES, type PharmacyRole, type UserRole } from '../users/queries';
import { forgetActor } from '../actor-cache/actor-registry';

/** A staff member or pharmacist as the management screens list them. */
export interface PersonRow {
  id: string;
  name: string;
  email: string | null;
  role: UserRole;
  pharmacyId: string | null;
  pharmacyRole: PharmacyRole | null;
  deactivatedAt: Date | null;
  deactivatedReason: string | null;
  createdAt: Date;
}

export const PERSON_COLUMNS = `id, name, email, role, pharmacy_id AS "pharmacyId", pharmacy_role AS "pharmacyRole",
  deactivated_at AS "deactivatedAt", deactivated_reason AS "deactivatedReason", created_at AS "createdAt"`;

export interface PeopleFilter {
  kind: 'staff' | 'pharmacists';
  pharmacyId?: string;
  status?: 'active' | 'deactivated';
  /** Name or email contains. */
  query?: string;
  limit: number;
}

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Staff (every staff role) or pharmacists (optionally of one pharmacy), by name. The roles are named (`= ANY`), not
 * excluded: the few staff and pharmacists are then read by `users(role)` (a pharmacy's by `users(pharmacy_id)`) and
 * sorted, where `NOT IN ('pharmacist', 'patient')` read every patient (1.5M users: 0.35–0.6 s).
 */
export async function listPeople(pool: Pool, f: PeopleFilter): Promise<PersonRow[]> {
  const res = await pool.query<PersonRow>(
    `SELECT ${PERSON_COLUMNS} FROM users
      WHERE role = ANY($1::text[])
        AND ($2::text IS NULL OR pharmacy_id = $2)
        AND (CASE $3::text WHEN 'active' THEN deactivated_at IS NULL WHEN 'deactivated' THEN deactivated_at IS NOT NULL ELSE true END)
        AND ($4::text IS NULL OR name ILIKE $4 OR email ILIKE $4)
      ORDER BY name, id LIMIT $5`,
    [f.kind === 'pharmacists' ? ['pharmacist'] : STAFF_ROLES, f.pharmacyId ?? null, f.status ?? null, f.query ? like(f.query) : null, f.limit],
  );
  return res.rows;
}

export async function getPerson(pool: Pool, id: string): Promise<PersonRow | null> {
  return (await pool.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM users WHERE id = $1 AND role <> 'patient'`, [id])).rows[0] ?? null;
}

/**
 * Runs a change to one staff member or pharmacist in a transaction that first locks every active superadmin's
 * row (always in the same order), then the target's: two concurrent demotions or deactivations of the last two
 * superadmins are serialised, and the second sees there is only one left. `change` answers whether to commit.
 */
export async function withPersonLocked<R extends { status: string }>(
  pool: Pool, userId: string, change: (client: PoolClient, target: PersonRow, activeSuperadmins: number) => Promise<R>,
): Promise<R | { status: 'not-found' }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const admins = await client.query(`SELECT id FROM users WHERE role = 'superadmin' AND deactivated_at IS NULL ORDER BY id FOR UPDATE`);
    const target = (await client.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM users WHERE id = $1 AND role <> 'patient' FOR UPDATE`, [userId])).rows[0];
    const result = target ? await change(client, target, admins.rowCount ?? 0) : { status: 'not-found' as const };
    await client.query(result.status === 'ok' ? 'COMMIT' : 'ROLLBACK');
    // Committed: this process's actor cache forgets the user now, the others when the notification reaches them.
    if (result.status === 'ok') forgetActor(pool, { userId });
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** The changes an account can undergo (see the API's staff rules). */
export const personChanges = {
  role: (client: PoolClient, id: string, role: UserRole) => updatePerson(client, id, 'role = $2', [role]),
  /** No sign-in from now on, every session ended at the same instant, its API tokens revoked. */
  deactivate: async (client: PoolClient, id: string, at: Date, reason: string) => {
    const after = await updatePerson(client, id, 'deactivated_at = $2, deactivated_reason = $3, sessions_valid_after = $2', [at, reason]);
    await client.query('UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [id, at]);
    return after;
  },
  reactivate: (client: PoolClient, id: string) => updatePerson(client, id, 'deactivated_at = NULL, deactivated_reason = NULL', []),
};

async function updatePerson(client: PoolClient, id: string, set: string, values: unknown[]): Promise<PersonRow> {
  const res = await client.query<PersonRow>(`UPDATE users SET ${set} WHERE id = $1 RETURNING ${PERSON_COLUMNS}`, [id, ...values]);
  return res.rows[0] as PersonRow;
}
