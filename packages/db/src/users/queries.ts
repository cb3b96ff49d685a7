import { containsPattern } from '../util/like';
import { nameMatchSql } from '../names/name-search';
import { isSealed } from '../pii/cipher';
import { openNationalId } from '../pii/national-id';
import type { Pool } from '../postgres/pool';
import { forgetActor } from '../actor-cache/actor-registry';

/**
 * Staff roles: support (accounts and cards), claims reviewer (insurance and refill decisions), finance (money
 * and analytics), superadmin (everything, including API tokens and the audit log).
 */
export const STAFF_ROLES = ['support', 'claims_reviewer', 'finance', 'superadmin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const USER_ROLES = ['patient', 'pharmacist', ...STAFF_ROLES] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const isStaffRole = (role: string): role is StaffRole => (STAFF_ROLES as readonly string[]).includes(role);

/** A pharmacist's standing in their pharmacy: a manager also invites and removes its pharmacists. */
export const PHARMACY_ROLES = ['pharmacist', 'manager'] as const;
export type PharmacyRole = (typeof PHARMACY_ROLES)[number];

export interface UserRow {
  id: string;
  role: UserRole;
  name: string;
  /** The name in Arabic letters, when the person gave one (self-registered and enrolled patients). */
  nameAr: string | null;
  phone: string | null;
  email: string | null;
  locale: string;
  pharmacyId: string | null;
  /** Pharmacists only (null: pharmacist). */
  pharmacyRole: PharmacyRole | null;
  /** Set while the account is deactivated (no sign-in, no sessions). */
  deactivatedAt: Date | null;
}

const COLUMNS = `id, role, name, name_ar AS "nameAr", phone, email, locale, pharmacy_id AS "pharmacyId", pharmacy_role AS "pharmacyRole", deactivated_at AS "deactivatedAt"`;

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
  nameAr: string | null;
  locale: string;
  phone: string | null;
  nationalId: string | null;
  dateOfBirth: string | null; // YYYY-MM-DD
}

/** The national ID comes back decrypted: server-side use only (issuing a card), never sent to a screen as is. */
export async function getUserIdentity(pool: Pool, id: string): Promise<UserIdentity | null> {
  const res = await pool.query<UserIdentity>(
    `SELECT id, role, name, name_ar AS "nameAr", locale, phone, COALESCE(national_id_ciphertext, national_id) AS "nationalId", date_of_birth::text AS "dateOfBirth"
       FROM users WHERE id = $1`,
    [id],
  );
  const row = res.rows[0];
  if (!row) return null;
  return { ...row, nationalId: row.nationalId && isSealed(row.nationalId) ? openNationalId(row.nationalId) : row.nationalId };
}

export interface PharmacyWithPharmacists extends PharmacyRow {
  pharmacists: { id: string; name: string }[];
}

/** Every pharmacy with its pharmacists (whom an API token for it may act as), by name. */
export async function listPharmaciesWithPharmacists(pool: Pool): Promise<PharmacyWithPharmacists[]> {
  const res = await pool.query<PharmacyWithPharmacists>(
    `SELECT p.id, p.name, p.name_ar AS "nameAr", p.city,
            COALESCE(json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name, u.id)
                     FILTER (WHERE u.id IS NOT NULL), '[]') AS pharmacists
       FROM pharmacies p LEFT JOIN users u ON u.pharmacy_id = p.id AND u.role = 'pharmacist'
      GROUP BY p.id ORDER BY p.name, p.id`,
  );
  return res.rows;
}

/**
 * Patients by name (either script, see names/README.md) or phone (staff pickers), alphabetical. With no term, the first
 * patients in the `(role, name)` index. With one, the patients it names first (the trigram indexes of migration
 * 20261207130000 find them from a term of three or more characters; a shorter one reads every user), then their first
 * names: walking the name index and testing each patient read most of 1.5M users for a rare term or a common name that
 * sorts late ("mohamed": 674k).
 */
export async function searchPatients(pool: Pool, query: string | undefined, limit: number): Promise<UserRow[]> {
  const pattern = containsPattern(query);
  const res = pattern === null
    ? await pool.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE role = 'patient' ORDER BY name LIMIT $1`, [limit])
    : await pool.query<UserRow>(
      `WITH named AS MATERIALIZED (SELECT * FROM users
        WHERE role = 'patient' AND (name ILIKE $1 OR name_ar ILIKE $1 OR phone LIKE $1 OR ${nameMatchSql('name_search', '$1', '$3')}))
      SELECT ${COLUMNS} FROM named ORDER BY name LIMIT $2`,
      [pattern, limit, query?.trim() ?? ''],
    );
  return res.rows;
}

/** What a portal session is checked against on every request. */
export interface SessionUserRow {
  id: string;
  role: UserRole;
  pharmacyId: string | null;
  pharmacyRole: PharmacyRole | null;
  sessionsValidAfter: Date | null;
  deactivatedAt: Date | null;
  /** This session (its `sid`) was signed out. */
  sessionRevoked: boolean;
}

const SESSION_USER = {
  // Named: prepared once per connection (the portal's most frequent query when the actor cache is off or cold).
  name: 'hp_session_user',
  text: `SELECT id, role, pharmacy_id AS "pharmacyId", pharmacy_role AS "pharmacyRole", sessions_valid_after AS "sessionsValidAfter",
            deactivated_at AS "deactivatedAt",
            ($2::text IS NOT NULL AND EXISTS (SELECT 1 FROM revoked_sessions WHERE sid = $2)) AS "sessionRevoked"
       FROM users WHERE id = $1`,
};

/**
 * The user a session (or the dev header) names, and whether that one session was signed out. Requests read it
 * through the process's actor cache (`cachedSessionUser`, actor-cache/).
 */
export async function getSessionUser(pool: Pool, id: string, sid: string | null = null): Promise<SessionUserRow | null> {
  const res = await pool.query<SessionUserRow>({ ...SESSION_USER, values: [id, sid] });
  return res.rows[0] ?? null;
}

/** Voids every portal session of a user issued before `at` (they sign in again). */
export async function endSessions(pool: Pool, userId: string, at: Date): Promise<boolean> {
  const res = await pool.query('UPDATE users SET sessions_valid_after = $2 WHERE id = $1', [userId, at]);
  forgetActor(pool, { userId });
  return res.rowCount === 1;
}
