import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../../postgres/pool';
import { createMigratedTestDatabase, type TestDatabase } from '../../testing/database';
import { everyPage } from '../../testing/every-page';
import { rowsReadBySent } from '../../testing/sent-plans';
import { decodeCursor } from './cursor';
import { listInsuranceClaims, type InsuranceClaimFilter } from './insurance-queries';
import { listPharmacyInsuranceClaims } from './pharmacy-insurance-queries';

let db: TestDatabase;
let pool: Pool;
// 600 claims written out of filing order, two to an instant (ties across page boundaries): every 50th still submitted,
// the rest decided; two thirds filed by the pharmacists of 20 pharmacies, the others by patients.
const N = 600;
beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 2);
  await pool.query(`INSERT INTO pharmacies (id, name, name_ar, city) SELECT 'ph-' || n, 'Pharmacy ' || n, 'صيدلية', 'Cairo' FROM generate_series(1, 20) n`);
  await pool.query(`INSERT INTO users (id, role, name, locale, pharmacy_id)
    SELECT 'u-ph-' || n, 'pharmacist', 'Pharmacist ' || n, 'ar', 'ph-' || (1 + n % 20) FROM generate_series(1, 40) n`);
  await pool.query(
    `INSERT INTO insurance_claims (card_id, claim_id, status, amount, documents, filed_by_role, filed_by, revision, version, filed_at, updated_at)
     SELECT 'HP-' || (n % 7), 'ic-' || n, CASE WHEN n % 50 = 0 THEN 'submitted' WHEN n % 3 = 0 THEN 'rejected' ELSE 'approved' END,
            1000, '[]', CASE WHEN n % 3 = 0 THEN 'patient' ELSE 'pharmacy' END,
            CASE WHEN n % 3 = 0 THEN 'u-p-' || n ELSE 'u-ph-' || (1 + n % 40) END, 1, 2, at, at + interval '1 day'
       FROM (SELECT n, timestamptz '2026-01-01' + (n / 2) * interval '1 minute' AS at FROM generate_series(1, $1::int) n ORDER BY random()) s`,
    [N],
  );
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

const inOrder = async (where: string, direction: 'ASC' | 'DESC') => (await pool.query<{ id: string }>(
  `SELECT claim_id AS id FROM insurance_claims WHERE ${where} ORDER BY filed_at ${direction}, card_id ${direction}, claim_id ${direction}`,
)).rows.map((r) => r.id);

// The lists' cursors as the API passes them back: decoded from the previous page's nextCursor.
type Page = { items: { claimId: string }[]; nextCursor: string | null };
const everyClaim = (list: (cursor: InsuranceClaimFilter['cursor']) => Promise<Page>) =>
  everyPage(async (cursor?: string) => list(cursor === undefined ? undefined : (decodeCursor(cursor) ?? undefined))).then((items) => items.map((c) => c.claimId));

describe('insurance claim lists on a table larger than a page', () => {
  it('reads a page of the queue (any status, or one) and of a pharmacy’s claims from an index in the list’s order', async () => {
    expect(await rowsReadBySent(pool, 'insurance_claims', (p) => listInsuranceClaims(p, { limit: 20 }))).toBe(21);
    expect(await rowsReadBySent(pool, 'insurance_claims', (p) => listInsuranceClaims(p, { status: 'approved', limit: 20 }))).toBe(21);
    // The pharmacy's own claims (20 of 600) and its two pharmacists, not every claim and user.
    expect(await rowsReadBySent(pool, 'insurance_claims', (p) => listPharmacyInsuranceClaims(p, { pharmacyId: 'ph-3', limit: 5 }))).toBeLessThanOrEqual(20);
    expect(await rowsReadBySent(pool, 'users', (p) => listPharmacyInsuranceClaims(p, { pharmacyId: 'ph-3', limit: 5 }))).toBe(2);
  });

  it('pages in filing order through ties, whatever order the rows were written in', async () => {
    expect(await everyClaim((cursor) => listInsuranceClaims(pool, { cursor, limit: 7 }))).toEqual(await inOrder('true', 'ASC'));
    expect(await everyClaim((cursor) => listInsuranceClaims(pool, { status: 'submitted', cursor, limit: 5 }))).toEqual(await inOrder(`status = 'submitted'`, 'ASC'));
    const ph3 = `filed_by_role = 'pharmacy' AND filed_by IN ('u-ph-2', 'u-ph-22')`;
    expect(await everyClaim((cursor) => listPharmacyInsuranceClaims(pool, { pharmacyId: 'ph-3', cursor, limit: 3 }))).toEqual(await inOrder(ph3, 'DESC'));
  });
});
