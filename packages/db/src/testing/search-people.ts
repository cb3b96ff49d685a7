import type { Pool } from '../postgres/pool';

/**
 * Specs of staff searches: patients u-1 … u-`count`, every third a Karim and the others Zeinabs (`Karim 3`, `Zeinab 4`, …),
 * each with a phone of their own; patient `rarePhoneOf` has one no one else's contains, +201559990000.
 */
export async function insertSearchPeople(pool: Pool, count: number, rarePhoneOf: number): Promise<void> {
  await pool.query(
    `INSERT INTO users (id, role, name, phone, locale)
     SELECT 'u-' || n, 'patient', CASE WHEN n % 3 = 0 THEN 'Karim ' ELSE 'Zeinab ' END || n,
            CASE WHEN n = $2 THEN '+201559990000' ELSE '+2010' || lpad(n::text, 8, '0') END, 'ar'
       FROM generate_series(1, $1::int) n`,
    [count, rarePhoneOf],
  );
}
