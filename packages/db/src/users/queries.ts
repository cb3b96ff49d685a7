import type { Pool } from '../postgres/pool';

export type UserRole = 'patient' | 'pharmacist' | 'admin';

export interface UserRow {
  id: string;
  role: UserRole;
  name: string;
  phone: string | null;
  email: string | null;
  locale: string;
  pharmacyId: string | null;
}

const COLUMNS = `id, role, name, phone, email, locale, pharmacy_id AS "pharmacyId"`;

export async function getUser(pool: Pool, id: string): Promise<UserRow | null> {
  const res = await pool.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
  return res.rows[0] ?? null;
}

export async function listUsers(pool: Pool, role?: UserRole): Promise<UserRow[]> {
  const res = await pool.query<UserRow>(
    `SELECT ${COLUMNS} FROM users WHERE ($1::text IS NULL OR role = $1) ORDER BY role, name`,
    [role ?? null],
  );
  return res.rows;
}

export interface PharmacyRow {
  id: string;
  name: string;
  nameAr: string;
  city: string;
}

export async function getPharmacy(pool: Pool, id: string): Promise<PharmacyRow | null> {
  const res = await pool.query<PharmacyRow>('SELECT id, name, name_ar AS "nameAr", city FROM pharmacies WHERE id = $1', [id]);
  return res.rows[0] ?? null;
}

/** What a MedCard's holder entry is issued from (national ID and birth date may be unknown yet). */
export interface UserIdentity {
  id: string;
  role: UserRole;
  name: string;
  phone: string | null;
  nationalId: string | null;
  dateOfBirth: string | null; // YYYY-MM-DD
}

export async function getUserIdentity(pool: Pool, id: string): Promise<UserIdentity | null> {
  const res = await pool.query<UserIdentity>(
    `SELECT id, role, name, phone, national_id AS "nationalId", date_of_birth::text AS "dateOfBirth" FROM users WHERE id = $1`,
    [id],
  );
  return res.rows[0] ?? null;
}
