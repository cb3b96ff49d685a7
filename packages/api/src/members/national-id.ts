import { hashNationalId, storeNationalId, type Pool, type StoredNationalId } from '@healthpay/db';

/*
 * Every national-ID step of enrollment goes through this file (the lookup key, the stored forms, finding users
 * by national ID), so a change of scheme is made here once. The scheme itself is packages/db/src/pii: encrypted,
 * a keyed hash for exact match, masked; never in clear.
 */

/** The exact-match key a national ID is searched by (users.national_id_hash). */
export const nationalIdLookupKey = (nationalId: string): string => hashNationalId(nationalId);

/** What a new patient's users row stores: ciphertext, keyed hash, masked. */
export const storedNationalId = (nationalId: string): StoredNationalId => storeNationalId(nationalId);

export interface UserByNationalId {
  userId: string;
  role: string;
  phone: string | null;
}

/**
 * Users holding these national IDs, matched by the keyed hash, or by the clear column for accounts stored
 * before encryption at rest. One query for any number of IDs.
 */
export async function findUsersByNationalIds(pool: Pick<Pool, 'query'>, nationalIds: readonly string[]): Promise<Map<string, UserByNationalId>> {
  const found = new Map<string, UserByNationalId>();
  if (nationalIds.length === 0) return found;
  const keys = nationalIds.map(nationalIdLookupKey);
  const res = await pool.query<UserByNationalId & { nationalId: string | null; hash: string | null }>(
    `SELECT id AS "userId", role, phone, national_id AS "nationalId", national_id_hash AS hash FROM users
      WHERE national_id_hash = ANY($1::text[]) OR national_id = ANY($2::text[])`,
    [keys, nationalIds],
  );
  const byKey = new Map(nationalIds.map((id, i) => [keys[i] as string, id]));
  for (const { nationalId, hash, ...user } of res.rows) {
    const id = (hash !== null ? byKey.get(hash) : undefined) ?? nationalId;
    if (id) found.set(id, user);
  }
  return found;
}
