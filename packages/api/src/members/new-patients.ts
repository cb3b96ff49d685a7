import type { Pool } from '@healthpay/db';
import type { NewPatient } from '../routers/registration/create-patient';

/**
 * Many patients in one statement: the same row registration's createPatient writes (see create-patient.ts;
 * keep the column lists alike), so bulk enrollment does not pay a commit per patient. Returns the ids
 * inserted; the others lost a race on the phone or national ID (unique indexes) to another request.
 */
export async function insertPatients(pool: Pool, patients: NewPatient[]): Promise<Set<string>> {
  if (patients.length === 0) return new Set();
  const col = <K extends keyof NewPatient>(k: K) => patients.map((p) => p[k]);
  const res = await pool.query<{ id: string }>(
    `INSERT INTO users (id, role, name, name_ar, phone, locale, date_of_birth, national_id_hash, national_id_masked,
                        national_id_ciphertext, terms_version, terms_accepted_at, created_at)
     SELECT t.id, 'patient', t.name, t.name_ar, t.phone, t.locale, t.dob::date, t.hash, t.masked, t.cipher, NULL, NULL, $11
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
            AS t(id, name, name_ar, phone, locale, dob, hash, masked, cipher, clear)
      WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.national_id = t.clear)
     ON CONFLICT DO NOTHING RETURNING id`,
    [col('id'), col('nameEn'), col('nameAr'), col('phone'), col('locale'), col('birthDate'), col('nationalIdHash'), col('nationalIdMasked'), col('nationalIdCiphertext'), col('nationalId'), patients[0]?.at],
  );
  return new Set(res.rows.map((r) => r.id));
}
