import type { Pool } from '@healthpay/db';
import { AppError } from '../errors/app-error';

export const ORGANIZATION_KINDS = ['employer', 'insurer', 'healthpay'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export interface OrganizationRow {
  id: string;
  kind: OrganizationKind;
  name: string;
  nameAr: string;
  createdAt: Date;
  members: number;
  activeTokens: number;
}

export async function assertOrganizationExists(pool: Pool, id: string): Promise<void> {
  const res = await pool.query('SELECT 1 FROM organizations WHERE id = $1', [id]);
  if (res.rowCount !== 1) throw new AppError('ORGANIZATION_NOT_FOUND', 'No such organization', { organizationId: id });
}

/** Every organization with its member and active-token counts, HealthPay's first. */
export async function listOrganizations(pool: Pool, now: Date): Promise<OrganizationRow[]> {
  const res = await pool.query<OrganizationRow>(
    `SELECT o.id, o.kind, o.name, o.name_ar AS "nameAr", o.created_at AS "createdAt",
            (SELECT count(*)::int FROM members m WHERE m.organization_id = o.id) AS members,
            (SELECT count(*)::int FROM api_tokens t WHERE t.organization_id = o.id AND t.revoked_at IS NULL
                AND (t.expires_at IS NULL OR t.expires_at > $1)) AS "activeTokens"
       FROM organizations o ORDER BY o.kind = 'healthpay' DESC, o.name, o.id`,
    [now],
  );
  return res.rows;
}

/** Creates an organization; null when the id is taken. */
export async function insertOrganization(pool: Pool, o: { id: string; kind: OrganizationKind; name: string; nameAr: string; at: Date }): Promise<boolean> {
  const res = await pool.query(
    'INSERT INTO organizations (id, kind, name, name_ar, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
    [o.id, o.kind, o.name, o.nameAr, o.at],
  );
  return res.rowCount === 1;
}
