import type { Pool } from '../postgres/pool';

/** The languages a user can read the portals in (users.locale). */
export const USER_LOCALES = ['ar', 'en'] as const;
export type UserLocale = (typeof USER_LOCALES)[number];

/** Remembers the language a user chose; false when there is no such user. */
export async function setUserLocale(pool: Pool, userId: string, locale: UserLocale): Promise<boolean> {
  const res = await pool.query('UPDATE users SET locale = $2 WHERE id = $1', [userId, locale]);
  return res.rowCount === 1;
}
