import type { Pool } from '../postgres/pool';
import type { UserRole } from '../users/queries';

/** Whether any account (of any role) has this E.164 phone. */
export async function phoneHasAccount(pool: Pool, phone: string): Promise<boolean> {
  return (await pool.query('SELECT 1 FROM users WHERE phone = $1', [phone])).rowCount !== 0;
}

/** The patient who signs in with this phone, if any. */
export async function findPatientByPhone(pool: Pool, phone: string): Promise<{ userId: string; role: UserRole } | null> {
  const res = await pool.query<{ userId: string; role: UserRole }>(`SELECT id AS "userId", role FROM users WHERE phone = $1 AND role = 'patient'`, [phone]);
  return res.rows[0] ?? null;
}

/** Whether a user already has a password. */
export async function hasCredential(pool: Pool, userId: string): Promise<boolean> {
  return (await pool.query('SELECT 1 FROM credentials WHERE user_id = $1', [userId])).rowCount !== 0;
}
