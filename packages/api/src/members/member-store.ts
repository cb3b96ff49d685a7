import type { Pool } from '@healthpay/db';

export interface MemberRow {
  organizationId: string;
  externalId: string;
  userId: string;
  name: string;
  nameAr: string | null;
  phone: string | null;
  nationalIdMasked: string | null;
  createdAt: Date;
}

const VIEW = `m.organization_id AS "organizationId", m.external_id AS "externalId", m.user_id AS "userId",
  u.name, u.name_ar AS "nameAr", u.phone, u.national_id_masked AS "nationalIdMasked", m.created_at AS "createdAt"`;

export async function getMember(pool: Pool, organizationId: string, externalId: string): Promise<MemberRow | null> {
  const res = await pool.query<MemberRow>(
    `SELECT ${VIEW} FROM members m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 AND m.external_id = $2`,
    [organizationId, externalId],
  );
  return res.rows[0] ?? null;
}

/** Members of an organization by externalId (keyset pages). */
export async function listMembers(pool: Pool, organizationId: string, after: string | undefined, limit: number): Promise<MemberRow[]> {
  const res = await pool.query<MemberRow>(
    `SELECT ${VIEW} FROM members m JOIN users u ON u.id = m.user_id
      WHERE m.organization_id = $1 AND ($2::text IS NULL OR m.external_id > $2) ORDER BY m.external_id LIMIT $3`,
    [organizationId, after ?? null, limit],
  );
  return res.rows;
}

/** The patient an organization means by `ref`: its own externalId first, else a HealthPay user id of one of its members. */
export async function memberUserOf(pool: Pool, organizationId: string, ref: string): Promise<string | null> {
  const res = await pool.query<{ userId: string }>(
    `SELECT user_id AS "userId" FROM (
       SELECT user_id, 0 AS rank FROM members WHERE organization_id = $1 AND external_id = $2
       UNION ALL
       SELECT user_id, 1 FROM members WHERE organization_id = $1 AND user_id = $2) m
     ORDER BY rank LIMIT 1`,
    [organizationId, ref],
  );
  return res.rows[0]?.userId ?? null;
}

export async function isMember(pool: Pool, organizationId: string, userId: string): Promise<boolean> {
  const res = await pool.query('SELECT 1 FROM members WHERE organization_id = $1 AND user_id = $2', [organizationId, userId]);
  return res.rowCount === 1;
}

export interface ExistingMembership {
  externalId: string;
  userId: string;
}

/** The organization's memberships for these externalIds and these users, in one query. */
export async function membershipsOf(pool: Pick<Pool, 'query'>, organizationId: string, externalIds: string[], userIds: string[]): Promise<ExistingMembership[]> {
  const res = await pool.query<ExistingMembership>(
    `SELECT external_id AS "externalId", user_id AS "userId" FROM members
      WHERE organization_id = $1 AND (external_id = ANY($2::text[]) OR user_id = ANY($3::text[]))`,
    [organizationId, externalIds, userIds],
  );
  return res.rows;
}

export interface NewMembership {
  externalId: string;
  userId: string;
}

/** Inserts memberships (one statement); returns the externalIds that were inserted (others lost a race). */
export async function insertMemberships(pool: Pool, organizationId: string, rows: NewMembership[], at: Date): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const res = await pool.query<{ externalId: string }>(
    `INSERT INTO members (organization_id, external_id, user_id, created_at)
     SELECT $1, e, u, $4 FROM unnest($2::text[], $3::text[]) AS t(e, u)
     ON CONFLICT DO NOTHING RETURNING external_id AS "externalId"`,
    [organizationId, rows.map((r) => r.externalId), rows.map((r) => r.userId), at],
  );
  return new Set(res.rows.map((r) => r.externalId));
}

/** Users by mobile (E.164), in one query. */
export async function usersByPhone(pool: Pick<Pool, 'query'>, phones: string[]): Promise<Map<string, { userId: string; role: string }>> {
  if (phones.length === 0) return new Map();
  const res = await pool.query<{ userId: string; role: string; phone: string }>(
    'SELECT id AS "userId", role, phone FROM users WHERE phone = ANY($1::text[])',
    [phones],
  );
  return new Map(res.rows.map((r) => [r.phone, { userId: r.userId, role: r.role }]));
}
