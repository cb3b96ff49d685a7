import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../../postgres/pool';
import { catchUp } from '../../projections/catch-up';
import { seedDemoData } from '../../seed/seed';
import { demoMedCards } from '../../seed/demo-data';
import { createMigratedTestDatabase, type TestDatabase } from '../../testing/database';
import { medcardReadModels, medcardReadModelTables } from './index';

let db: TestDatabase;
let pool: Pool;
beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 2);
  await seedDemoData(pool);
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const NAME = 'medcard-spec';
const project = (batchSize: number) => catchUp(pool, { name: NAME, projections: medcardReadModels, batchSize });
const snapshot = async () => {
  const out: Record<string, unknown[]> = {};
  for (const table of medcardReadModelTables) out[table] = (await pool.query(`SELECT * FROM ${table} ORDER BY 1, 2, 3`)).rows;
  return out;
};

describe('MedCard read models in Postgres', () => {
  it('project the seeded cards, and a redelivery or a rebuild (in small batches) gives the same rows', async () => {
    expect(await project(1000)).toBeGreaterThan(0);
    const once = await snapshot();
    expect(once.medcards).toHaveLength(2);
    expect(once.medcard_beneficiaries).toHaveLength(4);
    expect(once.prescription_claims).toHaveLength(4);
    expect(once.prescription_items).toHaveLength(6);
    expect(once.insurance_claims).toEqual([expect.objectContaining({ card_id: demoMedCards.ahmed.cardId, status: 'submitted', amount: 12_325, documents: [expect.objectContaining({ name: 'seif-invoice-1002.pdf' })] })]);

    await pool.query('UPDATE projector_checkpoints SET transaction_id = 0, position = 0 WHERE name = $1', [NAME]);
    expect(await project(3)).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(once);

    await pool.query(`TRUNCATE ${medcardReadModelTables.join(', ')}`);
    await pool.query('DELETE FROM projector_checkpoints WHERE name = $1', [NAME]);
    await project(2);
    expect(await snapshot()).toEqual(once);
  });

  it('the monthly spend equals the approved benefit in the events', async () => {
    const fromEvents = await pool.query<{ card_id: string; month: string; benefit: number; n: number }>(
      `SELECT aggregate_id AS card_id, event_data->>'month' AS month, SUM((event_data->'total'->>'benefit')::bigint)::bigint AS benefit, COUNT(*)::int AS n
       FROM events WHERE event_type = 'PrescriptionClaimApproved' GROUP BY 1, 2 ORDER BY 1, 2`);
    const spend = await pool.query('SELECT card_id, month, benefit_total AS benefit, claim_count AS n FROM medcard_monthly_spend ORDER BY 1, 2');
    expect(spend.rows).toEqual(fromEvents.rows);
  });
});
