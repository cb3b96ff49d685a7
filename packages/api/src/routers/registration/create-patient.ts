import type { Pool } from '@healthpay/db';

export interface NewPatient {
  id: string;
  phone: string;
  /** Null when not given (an organization enrolled the patient with a Latin name only). */
  nameAr: string | null;
  nameEn: string;
  locale: string;
  birthDate: string;
  /** Only compared with accounts made before encryption at rest (a clear `national_id`), never written. */
  nationalId: string;
  nationalIdCiphertext: string;
  nationalIdHash: string;
  nationalIdMasked: string;
  /** The terms version the patient accepted; null for a patient enrolled by an organization (not accepted yet). */
  termsVersion: string | null;
  at: Date;
}

/**
 * Inserts the patient; 'taken' when the phone or national ID won a race with another registration (the
 * unique indexes decide). The national ID is stored encrypted, as a keyed hash and masked: `national_id` stays empty.
 */
export async function createPatient(pool: Pool, p: NewPatient): Promise<'created' | 'taken'> {
  const res = await pool.query(
    `INSERT INTO users (id, role, name, name_ar, phone, locale, date_of_birth, national_id_hash, national_id_masked,
                        terms_version, terms_accepted_at, created_at, national_id_ciphertext)
     SELECT $1, 'patient', $2, $3, $4, $5, $6::date, $7, $8, $9::text, CASE WHEN $9::text IS NULL THEN NULL ELSE $10::timestamptz END, $10, $12
      WHERE NOT EXISTS (SELECT 1 FROM users WHERE national_id = $11)
     ON CONFLICT DO NOTHING`,
    [p.id, p.nameEn, p.nameAr, p.phone, p.locale, p.birthDate, p.nationalIdHash, p.nationalIdMasked, p.termsVersion, p.at, p.nationalId, p.nationalIdCiphertext],
  );
  return res.rowCount === 1 ? 'created' : 'taken';
}
