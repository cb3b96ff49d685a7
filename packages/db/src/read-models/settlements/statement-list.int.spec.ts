import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../../postgres/pool';
import { createMigratedTestDatabase, type TestDatabase } from '../../testing/database';
import { everyPage } from '../../testing/every-page';
import { rowsReadBySent } from '../../testing/sent-plans';
import { getStatement, listStatements, type StatementFilter } from './queries';

let db: TestDatabase;
let pool: Pool;
// 30 pharmacies (named out of id order) × 3 weeks: the newest week open with 4 lines each, the older ones closed with
// frozen totals (and lines that must not be summed again).
beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 2);
  await pool.query(`INSERT INTO pharmacies (id, name, name_ar, city)
    SELECT 'ph-' || n, 'Pharmacy ' || chr(65 + (n * 7) % 26) || n, 'صيدلية', 'Cairo' FROM generate_series(1, 30) n`);
  await pool.query(`INSERT INTO settlement_statements (id, pharmacy_id, period_kind, period_start, period_end, status, lines, gross_benefit,
      wallet_copay, commission, adjustments, net_payable, version)
    SELECT 'st-' || n || '-' || w, 'ph-' || n, 'week', to_char(date '2026-11-07' + w * 7, 'YYYY-MM-DD'), to_char(date '2026-11-13' + w * 7, 'YYYY-MM-DD'),
           CASE WHEN w = 2 THEN 'open' ELSE 'closed' END, 9, 900, 0, 90, 0, 810, 1
      FROM generate_series(1, 30) n, generate_series(0, 2) w`);
  await pool.query(`INSERT INTO settlement_lines (id, settlement_id, pharmacy_id, kind, card_id, prescription_id, occurred_at, benefit, wallet_copay,
      commission, adjustment, frozen)
    SELECT 'l-' || n || '-' || w || '-' || k, 'st-' || n || '-' || w, 'ph-' || n, 'reversal', 'HP-1', 'rx-' || n || '-' || w || '-' || k,
           timestamptz '2026-11-07' + w * interval '7 days', 100 * k, 0, 10, -5, w < 2
      FROM generate_series(1, 30) n, generate_series(0, 2) w, generate_series(1, 4) k`);
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

const everyStatement = (f: Omit<StatementFilter, 'cursor'>) => everyPage((cursor?: number) => listStatements(pool, { ...f, cursor }));

describe('the statements list on more statements than a page', () => {
  it('sums the lines of the page’s open statements only', async () => {
    // A page of 5 open statements reads their 20 lines (plus the one that says there is a next page), not all 120.
    expect(await rowsReadBySent(pool, 'settlement_lines', (p) => listStatements(p, { limit: 5 }))).toBeLessThanOrEqual(24);
  });

  it('lists newest period first, then by pharmacy name, with open totals summed and closed ones frozen, paged by offset', async () => {
    const all = await everyStatement({ limit: 7 });
    const names = new Map((await pool.query<{ id: string; name: string }>('SELECT id, name FROM pharmacies')).rows.map((r) => [r.id, r.name]));
    const expected = [2, 1, 0].flatMap((w) => [...Array(30).keys()].map((i) => `ph-${i + 1}`)
      .sort((a, b) => (names.get(a)! < names.get(b)! ? -1 : 1)).map((ph) => `${ph.replace('ph', 'st')}-${w}`));
    expect(all.map((s) => s.id)).toEqual(expected);
    const open = all.find((s) => s.id === 'st-3-2');
    expect(open).toMatchObject({ status: 'open', lines: 4, pharmacyNameEn: names.get('ph-3'), totals: { grossBenefit: 1000, walletCopay: 0, commission: 40, adjustments: -20, netPayable: 940 } });
    expect(all.find((s) => s.id === 'st-3-1')).toMatchObject({ status: 'closed', lines: 9, totals: { grossBenefit: 900, commission: 90, netPayable: 810 } });
    expect((await getStatement(pool, 'st-3-2'))?.statement).toEqual(open);
    expect(await getStatement(pool, 'st-none')).toBeNull();
    expect((await everyStatement({ pharmacyId: 'ph-3', limit: 2 })).map((s) => s.id)).toEqual(['st-3-2', 'st-3-1', 'st-3-0']);
  });
});
