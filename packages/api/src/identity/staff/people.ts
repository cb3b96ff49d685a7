import type { Pool, PharmacyRole, UserRole } from '@healthpay/db';

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

/** Staff (every staff role) or pharmacists (optionally of one pharmacy), by name. */
export async function listPeople(pool: Pool, f: PeopleFilter): Promise<PersonRow[]> {
  const res = await pool.query<PersonRow>(
    `SELECT ${PERSON_COLUMNS} FROM users
      WHERE (CASE WHEN $1 = 'pharmacists' THEN role = 'pharmacist' ELSE role NOT IN ('pharmacist', 'patient') END)
        AND ($2::text IS NULL OR pharmacy_id = $2)
        AND (CASE $3::text WHEN 'active' THEN deactivated_at IS NULL WHEN 'deactivated' THEN deactivated_at IS NOT NULL ELSE true END)
        AND ($4::text IS NULL OR name ILIKE $4 OR email ILIKE $4)
      ORDER BY name, id LIMIT $5`,
    [f.kind, f.pharmacyId ?? null, f.status ?? null, f.query ? like(f.query) : null, f.limit],
  );
  return res.rows;
}

export async function getPerson(pool: Pool, id: string): Promise<PersonRow | null> {
  return (await pool.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM users WHERE id = $1 AND role <> 'patient'`, [id])).rows[0] ?? null;
}
