import type { Pool } from '@healthpay/db';

export interface NewPatient {
  id: string;
  phone: string;
  nameAr: string;
  nameEn: string;
  locale: string;
  birthDate: string;
  /** Only compared with accounts made before hashing (the seed's `national_id`), never written. */
  nationalId: string;
  nationalIdHash: string;
  nationalIdMasked: string;
  termsVersion: string;
  at: Date;
}

/**
 * Inserts the patient; 'taken' when the phone or national ID won a race with another registration (the
 * unique indexes decide). The raw national ID is never stored: `national_id` stays empty.
 */
export async function createPatient(pool: Pool, p: NewPatient): Promise<'created' | 'taken'> {
  const res = await pool.query(
    `INSERT INTO users (id, role, name, name_ar, phone, locale, date_of_birth, national_id_hash, national_id_masked,
                        terms_version, terms_accepted_at, created_at)
     SELECT $1, 'patient', $2, $3, $4, $5, $6::date, $7, $8, $9, $10, $10
      WHERE NOT EXISTS (SELECT 1 FROM users WHERE national_id = $11)
     ON CONFLICT DO NOTHING`,
    [p.id, p.nameEn, p.nameAr, p.phone, p.locale, p.birthDate, p.nationalIdHash, p.nationalIdMasked, p.termsVersion, p.at, p.nationalId],
  );
  return res.rowCount === 1 ? 'created' : 'taken';
}
