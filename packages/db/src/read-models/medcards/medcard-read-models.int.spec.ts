import { randomUUID } from 'node:crypto';
import { medCardDecider, type MedCardEvent } from '@healthpay/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '../../event-store/event-store';
import { isSealed } from '../../pii/cipher';
import { openNationalId } from '../../pii/national-id';
import { createPool, type Pool } from '../../postgres/pool';
import { catchUpCommitted } from '../../testing/catch-up-committed';
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
const project = (batchSize: number) => catchUpCommitted(pool, { name: NAME, projections: medcardReadModels, batchSize });
const snapshot = async () => {
  const out: Record<string, unknown[]> = {};
  for (const table of medcardReadModelTables) out[table] = (await pool.query(`SELECT * FROM ${table} ORDER BY 1, 2, 3`)).rows;
  // National IDs are encrypted with a fresh IV on every write: a rebuild stores other bytes for the same value.
  out.medcard_beneficiaries = (out.medcard_beneficiaries ?? []).map((r) => {
    const row = r as { national_id_ciphertext: string };
    expect(isSealed(row.national_id_ciphertext)).toBe(true);
    return { ...row, national_id_ciphertext: openNationalId(row.national_id_ciphertext) };
  });
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
    expect(once.insurance_claims).toEqual([expect.objectContaining({ card_id: demoMedCards.ahmed.cardId, status: 'submitted', amount: 2_465, documents: [expect.objectContaining({ name: 'seif-invoice-1002.pdf' })] })]);

    await pool.query('UPDATE projector_checkpoints SET transaction_id = 0, position = 0 WHERE name = $1', [NAME]);
    expect(await project(3)).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(once);

    await pool.query(`TRUNCATE ${medcardReadModelTables.join(', ')}`);
    await pool.query('DELETE FROM projector_checkpoints WHERE name = $1', [NAME]);
    await project(2);
    expect(await snapshot()).toEqual(once);
  });

  it('an approval with a rejected line: the line keeps its code and details, and a redelivery changes nothing', async () => {
    const { cardId, spouse } = demoMedCards.ahmed;
    const stored = await new EventStore(pool).readStream(cardId);
    const state = stored.reduce((st, e) => medCardDecider.evolve(st, { type: e.type, data: e.data } as MedCardEvent), medCardDecider.initialState);
    // Eltroxin was dispensed to the spouse two days ago (30 days' supply): too soon; the new drug is paid.
    const lines = [{ drugCode: 'EG-ELT100', drugName: 'Eltroxin 100 mcg', quantity: 1, unitPrice: 3_900, totalPrice: 3_900 },
      { drugCode: 'EG-VITD', drugName: 'Vitamin D3', quantity: 1, unitPrice: 2_000, totalPrice: 2_000 }];
    const events = medCardDecider.decide({ type: 'SubmitPrescriptionClaim', data: { cardId, claim: {
      prescriptionId: 'RX-LINE-1', pharmacyId: 'ph-ezaby-maadi', beneficiaryId: spouse, lines, submittedTotal: 5_900 } },
    meta: { now: new Date().toISOString(), actorId: 'u-pharmacist' } }, state);
    const outcome = await new EventStore(pool).append({ streams: [{ streamId: cardId, aggregateType: 'medcard', expectedVersion: stored.length,
      events: events.map((e) => ({ eventId: randomUUID(), type: e.type, data: e.data, metadata: { actorId: 'u-pharmacist', operation: 'spec' } })) }] });
    expect(outcome.status).toBe('committed');
    await project(1000);
    const rows = async () => (await pool.query(
      `SELECT drug_code, benefit, rejection_code, rejection_details FROM prescription_items WHERE prescription_id = 'RX-LINE-1' ORDER BY line_no`)).rows;
    const once = await rows();
    expect(once).toEqual([
      { drug_code: 'EG-ELT100', benefit: 0, rejection_code: 'REFILL_TOO_SOON', rejection_details: { earliestRefillDate: expect.any(String) } },
      { drug_code: 'EG-VITD', benefit: 1_600, rejection_code: null, rejection_details: null },
    ]);
    await pool.query('UPDATE projector_checkpoints SET transaction_id = 0, position = 0 WHERE name = $1', [NAME]);
    await project(2);
    expect(await rows()).toEqual(once);
  });

  it('the monthly spend equals the approved benefit in the events', async () => {
    const fromEvents = await pool.query<{ card_id: string; month: string; benefit: number; n: number }>(
      `SELECT aggregate_id AS card_id, event_data->>'month' AS month, SUM((event_data->'total'->>'benefit')::bigint)::bigint AS benefit, COUNT(*)::int AS n
       FROM events WHERE event_type = 'PrescriptionClaimApproved' GROUP BY 1, 2 ORDER BY 1, 2`);
    const spend = await pool.query('SELECT card_id, month, benefit_total AS benefit, claim_count AS n FROM medcard_monthly_spend ORDER BY 1, 2');
    expect(spend.rows).toEqual(fromEvents.rows);
  });
});
