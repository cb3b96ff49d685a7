import type { Pool } from '../postgres/pool';

/** Retires every unused code of a phone and opens a new challenge (its code only as a keyed hash). */
export async function replaceOtpChallenge(
  pool: Pool, c: { id: string; phone: string; codeHash: string; expiresAt: Date; now: Date },
): Promise<void> {
  await pool.query('UPDATE otp_challenges SET consumed_at = $2 WHERE phone = $1 AND consumed_at IS NULL', [c.phone, c.now]);
  await pool.query(
    'INSERT INTO otp_challenges (id, phone, code_hash, expires_at, attempts, created_at) VALUES ($1, $2, $3, $4, 0, $5)',
    [c.id, c.phone, c.codeHash, c.expiresAt, c.now],
  );
}

/**
 * Counts one try against the phone's newest live challenge, atomically (parallel guesses cannot pass
 * `maxAttempts`); null when there is none left to try.
 */
export async function countOtpTry(pool: Pool, phone: string, now: Date, maxAttempts: number): Promise<{ id: string; codeHash: string; attempts: number } | null> {
  const res = await pool.query<{ id: string; codeHash: string; attempts: number }>(
    `UPDATE otp_challenges SET attempts = attempts + 1
      WHERE id = (SELECT id FROM otp_challenges WHERE phone = $1 AND consumed_at IS NULL AND expires_at > $2
                   ORDER BY created_at DESC LIMIT 1)
        AND consumed_at IS NULL AND attempts < $3
      RETURNING id, code_hash AS "codeHash", attempts`,
    [phone, now, maxAttempts],
  );
  return res.rows[0] ?? null;
}

/** Uses a challenge up; false when another request already did. */
export async function consumeOtpChallenge(pool: Pool, id: string, now: Date): Promise<boolean> {
  const res = await pool.query('UPDATE otp_challenges SET consumed_at = $2 WHERE id = $1 AND consumed_at IS NULL', [id, now]);
  return res.rowCount === 1;
}
