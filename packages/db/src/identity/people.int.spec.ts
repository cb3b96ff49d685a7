import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../postgres/pool';
import { createMigratedTestDatabase, type TestDatabase } from '../testing/database';
import { rowsReadBySent } from '../testing/sent-plans';
import { listPeople } from './people';

let db: TestDatabase;
let pool: Pool;
beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 2);
  await pool.query(`INSERT INTO pharmacies (id, name, name_ar, city) VALUES ('ph-1', 'One', 'واحد', 'Cairo'), ('ph-2', 'Two', 'اثنان', 'Giza')`);
  await pool.query(`INSERT INTO users (id, role, name, locale, pharmacy_id) VALUES
    ('u-b', 'pharmacist', 'Basma', 'ar', 'ph-1'), ('u-a', 'pharmacist', 'Adel', 'ar', 'ph-1'), ('u-c', 'pharmacist', 'Chady', 'ar', 'ph-2'),
    ('u-s4', 'superadmin', 'Dina', 'en', NULL), ('u-s1', 'support', 'Sami', 'en', NULL), ('u-s2', 'claims_reviewer', 'Amal', 'en', NULL),
    ('u-s3', 'finance', 'Fady', 'en', NULL)`);
  await pool.query(`INSERT INTO users (id, role, name, locale) SELECT 'u-p-' || n, 'patient', 'Patient ' || n, 'ar' FROM generate_series(1, 300) n`);
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

describe('the staff and pharmacist lists', () => {
  it('of a pharmacy (the team page) are its own, by name, found by the pharmacy rather than by reading every user', async () => {
    expect((await listPeople(pool, { kind: 'pharmacists', pharmacyId: 'ph-1', limit: 500 })).map((p) => p.id)).toEqual(['u-a', 'u-b']);
    expect(await rowsReadBySent(pool, 'users', (p) => listPeople(p, { kind: 'pharmacists', pharmacyId: 'ph-1', limit: 500 }))).toBe(2);
  });

  it('lists every staff role, or every pharmacist, by name, reading those people only (not the patients)', async () => {
    expect((await listPeople(pool, { kind: 'staff', limit: 200 })).map((p) => p.id)).toEqual(['u-s2', 'u-s4', 'u-s3', 'u-s1']);
    expect((await listPeople(pool, { kind: 'pharmacists', limit: 200 })).map((p) => p.id)).toEqual(['u-a', 'u-b', 'u-c']);
    expect(await rowsReadBySent(pool, 'users', (p) => listPeople(p, { kind: 'staff', limit: 200 }))).toBe(4);
    expect(await rowsReadBySent(pool, 'users', (p) => listPeople(p, { kind: 'pharmacists', limit: 200 }))).toBe(3);
  });
});
