import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../../postgres/pool';
import { createMigratedTestDatabase, type TestDatabase } from '../../testing/database';
import { everyPage } from '../../testing/every-page';
import { plansOfSent, rowsReadBySent } from '../../testing/sent-plans';
import { listPayments, PAYMENT_SEARCH_PREFIX, type PaymentFilter } from './queries';

let db: TestDatabase;
let pool: Pool;
// More payments than one search prefix, written in random order, three to a millisecond (ties across page boundaries);
// Omar's are the oldest (and the only Fawry ones), Nadia's all the others.
const N = PAYMENT_SEARCH_PREFIX + 200;
const OMARS = 30;
beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 2);
  await pool.query(`INSERT INTO users (id, role, name, phone, locale) VALUES
    ('u-nadia', 'patient', 'Nadia New', '+201551000000', 'ar'), ('u-omar', 'patient', 'Omar Old', '+201552000000', 'ar')`);
  await pool.query(
    `INSERT INTO payments (payment_id, wallet_id, owner_id, provider, status, amount, credited, refunded, refund_pending, provider_order_id,
       provider_reference, expires_at, requested_at, updated_at, version)
     SELECT gen_random_uuid(), CASE WHEN n <= $2 THEN 'w-omar' ELSE 'w-nadia' END, CASE WHEN n <= $2 THEN 'u-omar' ELSE 'u-nadia' END,
            CASE WHEN n <= $2 THEN 'fawry' ELSE 'paymob' END, 'succeeded', 10000, 10000, 0, 0, 'ord-' || n, 'ref-' || n,
            at + interval '1 hour', at, at, 3
       FROM (SELECT n, timestamptz '2026-01-01' + (n / 3) * interval '1 millisecond' AS at FROM generate_series(1, $1::int) n ORDER BY random()) s`,
    [N, OMARS],
  );
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

const newestFirst = async (where: string) =>
  (await pool.query<{ id: string }>(`SELECT payment_id AS id FROM payments WHERE ${where} ORDER BY requested_at DESC, payment_id DESC`)).rows.map((r) => r.id);

const everyPayment = (f: Omit<PaymentFilter, 'cursor'>) =>
  everyPage((cursor?: number) => listPayments(pool, { ...f, cursor })).then((items) => items.map((p) => p.paymentId));

describe('the staff payments list on more payments than one search prefix', () => {
  it('cuts a page from the newest-first index and meets only its rows’ owners', async () => {
    expect(await rowsReadBySent(pool, 'payments', (p) => listPayments(p, { limit: 20 }))).toBe(21);
    expect(await rowsReadBySent(pool, 'users', (p) => listPayments(p, { limit: 20 }))).toBeLessThanOrEqual(21);
    // A provider whose payments are all old reads its own index, not the newest-first key with every newer payment.
    expect(await rowsReadBySent(pool, 'payments', (p) => listPayments(p, { provider: 'fawry', limit: 20 }))).toBeLessThanOrEqual(OMARS);
    const [plan] = await plansOfSent(pool, (p) => listPayments(p, { provider: 'fawry', limit: 20 }));
    expect(plan).toContain('payments_provider_requested_at_payment_id_idx');
  });

  it('pages newest first through ties, whether the term’s payments are among the newest or past them', async () => {
    expect(await everyPayment({ limit: 50 })).toEqual(await newestFirst('true'));
    expect(await everyPayment({ query: 'nadia', limit: 50 })).toEqual(await newestFirst(`owner_id = 'u-nadia'`));
    expect(await everyPayment({ query: '1552000', limit: 7 })).toEqual(await newestFirst(`owner_id = 'u-omar'`));
    expect(await everyPayment({ provider: 'fawry', limit: 7 })).toEqual(await newestFirst(`provider = 'fawry'`));
    expect(await everyPayment({ query: 'ref-7', provider: 'fawry', limit: 3 })).toEqual(await newestFirst(`provider_reference = 'ref-7'`));
    expect((await listPayments(pool, { query: 'ref-7', provider: 'paymob', limit: 3 })).items).toEqual([]);
  });
});
