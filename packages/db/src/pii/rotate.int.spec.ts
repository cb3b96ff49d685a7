import { randomUUID } from 'node:crypto';
import { DEV_PII_KEYS } from '@healthpay/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catchUpCommitted } from '../testing/catch-up-committed';
import { readModels } from '../read-models/all';
import { createPool, type Pool } from '../postgres/pool';
import { seedDemoData } from '../seed/seed';
import { createMigratedTestDatabase, type TestDatabase } from '../testing/database';
import { isSealed, keyIdOf, open, parsePiiKeys } from './cipher';
import { openEventData } from './event-fields';
import { hashNationalId } from './national-id';
import { countUnrotated, rotatePii } from './rotate';

let db: TestDatabase;
let pool: Pool;
beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 2);
  await seedDemoData(pool);
  await catchUpCommitted(pool, { name: 'pii-spec', projections: readModels });
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const dev = parsePiiKeys(DEV_PII_KEYS);
const newKey = `k2:${Buffer.alloc(32, 42).toString('base64')}`;
const rotated = parsePiiKeys(`${newKey},${DEV_PII_KEYS}`);
const onlyNew = parsePiiKeys(newKey);
const LEGACY = '29001010101234';

/** Every stored national ID ciphertext: users, the read model, and event payload fields. */
async function stored(): Promise<{ users: string[]; members: string[]; events: unknown[] }> {
  const users = await pool.query<{ v: string }>('SELECT national_id_ciphertext AS v FROM users WHERE national_id_ciphertext IS NOT NULL');
  const members = await pool.query<{ v: string }>('SELECT national_id_ciphertext AS v FROM medcard_beneficiaries');
  const events = await pool.query<{ d: unknown }>(`SELECT event_data AS d FROM events WHERE event_data::text LIKE '%"nationalId"%'`);
  return { users: users.rows.map((r) => r.v), members: members.rows.map((r) => r.v), events: events.rows.map((r) => r.d) };
}
// Exactly 14 digits (an IBAN's longer run is not a national ID).
const RUN = `'(^|[^0-9])[0-9]{14}([^0-9]|$)'`;
const clearRuns = async () =>
  (await pool.query(`SELECT 1 FROM users u WHERE u::text ~ ${RUN} UNION ALL SELECT 1 FROM medcard_beneficiaries b WHERE b::text ~ ${RUN}
    UNION ALL SELECT 1 FROM events e WHERE e.event_data::text ~ ${RUN}`)).rowCount;

describe('pii:rotate', () => {
  it('encrypts what an older version stored in clear (users, read model, event payloads)', async () => {
    await pool.query(`INSERT INTO users (id, role, name, locale, national_id) VALUES ('u-legacy', 'patient', 'Legacy', 'ar', $1)`, [LEGACY]);
    await pool.query(`UPDATE medcard_beneficiaries SET national_id_ciphertext = '28904100102463', national_id_hash = NULL WHERE relationship = 'spouse'`);
    await pool.query(
      `INSERT INTO events (event_id, aggregate_id, aggregate_type, event_type, version, event_data, metadata)
       VALUES ($1, 'legacy-card', 'medcard', 'BeneficiaryAdded', 1, $2::jsonb, '{}')`,
      [randomUUID(), JSON.stringify({ cardId: 'legacy-card', beneficiary: { beneficiaryId: 'b', nationalId: LEGACY } })]);
    // A card issued before outputs were masked: its result, stored with the Idempotency-Key, held the ID.
    await pool.query(`INSERT INTO idempotency_keys (scope, key, request_hash, response) VALUES ('u-admin:medcard.issue', 'k-legacy', 'h', $1::jsonb)`,
      [JSON.stringify({ cardId: 'legacy-card', beneficiaries: [{ beneficiaryId: 'b', nationalId: LEGACY, gender: 'male' }] })]);
    expect(await clearRuns()).toBe(3);
    expect(await countUnrotated(pool, dev)).toBe(4);

    const report = await rotatePii(pool, { ring: dev, batchSize: 2 });
    expect(report).toEqual({ users: 1, beneficiaries: 1, events: 1, responses: 1, left: 0 });
    expect(await clearRuns()).toBe(0);
    const response = await pool.query(`SELECT response FROM idempotency_keys WHERE key = 'k-legacy'`);
    expect(response.rows[0].response).toEqual({ cardId: 'legacy-card', beneficiaries: [{ beneficiaryId: 'b', nationalIdMasked: '2900101*****34', gender: 'male' }] });
    const legacy = await pool.query('SELECT national_id, national_id_ciphertext, national_id_hash, national_id_masked FROM users WHERE id = $1', ['u-legacy']);
    expect(legacy.rows[0]).toMatchObject({ national_id: null, national_id_hash: hashNationalId(LEGACY), national_id_masked: '2900101*****34' });
    expect(open(dev, legacy.rows[0].national_id_ciphertext)).toBe(LEGACY);
    const spouse = await pool.query(`SELECT national_id_hash FROM medcard_beneficiaries WHERE relationship = 'spouse'`);
    expect(spouse.rows[0].national_id_hash).toBe(hashNationalId('28904100102463'));
  });

  it('re-encrypts everything under a new first key in batches; a second run finds nothing; then the old key can go', async () => {
    const before = await stored();
    const total = before.users.length + before.members.length + before.events.length;
    expect(total).toBeGreaterThan(8);
    expect(await countUnrotated(pool, rotated)).toBe(total);

    const report = await rotatePii(pool, { ring: rotated, batchSize: 3 });
    expect(report.users + report.beneficiaries + report.events).toBe(total);
    expect(report.left).toBe(0);
    expect(await rotatePii(pool, { ring: rotated })).toEqual({ users: 0, beneficiaries: 0, events: 0, responses: 0, left: 0 });

    // Readable with the new key alone, to the same values as before.
    const after = await stored();
    for (const v of [...after.users, ...after.members]) expect(keyIdOf(v)).toBe('k2');
    expect(after.users.map((v) => open(onlyNew, v)).sort()).toEqual(before.users.map((v) => open(dev, v)).sort());
    expect(after.members.map((v) => open(onlyNew, v)).sort()).toEqual(before.members.map((v) => open(dev, v)).sort());
    const eventIds = (ring: typeof dev, events: unknown[]) => JSON.stringify(events.map((e) => openEventData(ring, e))).match(/\d{14}/g)?.sort();
    expect(eventIds(onlyNew, after.events)).toEqual(eventIds(dev, before.events));
    expect(JSON.stringify(after.events)).not.toMatch(/"nationalId":"v1\.dev1\./);
    expect(after.events.every((e) => JSON.stringify(e).match(/"nationalId":"([^"]+)"/g)?.every((m) => isSealed(m.slice(14, -1))))).toBe(true);
  });
});
