import type { PharmacyStatus } from '@healthpay/domain';
import type { Pool } from '../../postgres/pool';

/** A pharmacy as screens see it: never the full IBAN (see revealPharmacyIban). */
export interface PharmacyView {
  id: string;
  nameEn: string;
  nameAr: string;
  governorate: string | null;
  city: string;
  address: string | null;
  licenceNumber: string | null;
  commercialRegistration: string | null;
  ibanMasked: string | null;
  status: PharmacyStatus;
  statusReason: string | null;
  registeredAt: Date | null;
  updatedAt: Date | null;
  version: number;
}

const SELECT = `SELECT id, name AS "nameEn", name_ar AS "nameAr", governorate, city, address, licence_number AS "licenceNumber",
  commercial_registration AS "commercialRegistration", iban_masked AS "ibanMasked", status, status_reason AS "statusReason",
  registered_at AS "registeredAt", updated_at AS "updatedAt", version FROM pharmacies`;

export async function getPharmacyView(pool: Pool, id: string): Promise<PharmacyView | null> {
  const res = await pool.query<PharmacyView>(`${SELECT} WHERE id = $1`, [id]);
  return res.rows[0] ?? null;
}

/** The settlement IBAN in full: only for the audited reveal. */
export async function getPharmacyIban(pool: Pool, id: string): Promise<string | null> {
  const res = await pool.query<{ iban: string | null }>('SELECT iban FROM pharmacies WHERE id = $1', [id]);
  return res.rows[0]?.iban ?? null;
}

/**
 * Pharmacies' statuses in one read (a pharmacy missing from the map does not exist): what every counter action
 * checks, the checks of one event-loop turn together (api `auth/pharmacy-status-batch.ts`).
 */
export async function getPharmacyStatuses(pool: Pool, ids: readonly string[]): Promise<Map<string, PharmacyStatus>> {
  const res = await pool.query<{ id: string; status: PharmacyStatus }>('SELECT id, status FROM pharmacies WHERE id = ANY($1::text[])', [ids]);
  return new Map(res.rows.map((r) => [r.id, r.status]));
}

export interface PharmacyFilter {
  /** Part of a name (either language), the licence or CR number, or the city. */
  query?: string;
  status?: PharmacyStatus;
  governorate?: string;
  /** Offset cursor: how many rows of this listing were already returned. */
  cursor?: number;
  limit: number;
}

const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** By English name, then id; the cursor is the number of rows already seen. */
export async function listPharmacies(pool: Pool, f: PharmacyFilter): Promise<{ items: PharmacyView[]; nextCursor: number | null }> {
  const q = f.query?.trim() ? `%${likeEscaped(f.query.trim())}%` : null;
  const offset = Math.max(0, Math.trunc(f.cursor ?? 0));
  const res = await pool.query<PharmacyView>(
    `${SELECT}
     WHERE ($1::text IS NULL OR name ILIKE $1 OR name_ar ILIKE $1 OR licence_number ILIKE $1 OR commercial_registration ILIKE $1
            OR city ILIKE $1 OR id = $4)
       AND ($2::text IS NULL OR status = $2)
       AND ($3::text IS NULL OR governorate = $3)
     ORDER BY name, id OFFSET $5 LIMIT $6`,
    [q, f.status ?? null, f.governorate ?? null, f.query?.trim() ?? null, offset, f.limit + 1],
  );
  const items = res.rows.slice(0, f.limit);
  return { items, nextCursor: res.rows.length > f.limit ? offset + items.length : null };
}

export interface PharmacistRow {
  id: string;
  name: string;
  email: string | null;
}

/** The pharmacists who act for a pharmacy. */
export async function listPharmacyPharmacists(pool: Pool, pharmacyId: string): Promise<PharmacistRow[]> {
  const res = await pool.query<PharmacistRow>(
    `SELECT id, name, email FROM users WHERE pharmacy_id = $1 AND role = 'pharmacist' ORDER BY name, id`,
    [pharmacyId],
  );
  return res.rows;
}
