import { listAudit } from '@healthpay/db';
import { demoMedCards } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';

let h: Harness;
let cardId: string;
const MONA = '28807022101248';
const CHILD = '31802150101242';
beforeAll(async () => {
  h = await apiHarness();
  const admin = await h.as('u-admin');
  // After the seed: a card issued and a member added, then the read models brought up to date.
  const card = await admin.medcard.issue({ userId: 'u-mona', tier: 'silver', activate: true });
  cardId = card.cardId;
  await admin.beneficiaries.add({ cardId, relationship: 'child', name: 'Laila', nationalId: CHILD });
  await h.project();
});
afterAll(() => h.close());

/** Every row of every table as text, with any run of 14 digits (an Egyptian national ID's length) found in it. */
async function clearNationalIds(): Promise<string[]> {
  const pool = h.services.pool;
  const tables = await pool.query<{ t: string }>(
    `SELECT quote_ident(table_name) AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name <> '_prisma_migrations'`); // migration names are timestamps
  const found: string[] = [];
  for (const { t } of tables.rows) {
    const rows = await pool.query<{ row: string }>(`SELECT x::text AS row FROM ${t} x WHERE x::text ~ '(^|[^0-9])[0-9]{14}([^0-9]|$)'`);
    found.push(...rows.rows.map((r) => `${t}: ${r.row.slice(0, 200)}`));
  }
  return found;
}

describe('national IDs at rest', () => {
  it('are nowhere in clear: users, event payloads, read models, idempotency records (every table scanned)', async () => {
    expect(await clearNationalIds()).toEqual([]);
    const users = await h.services.pool.query(`SELECT national_id, national_id_ciphertext, national_id_masked FROM users WHERE id = 'u-mona'`);
    expect(users.rows[0]).toMatchObject({ national_id: null, national_id_ciphertext: expect.stringMatching(/^v1\.dev1\./), national_id_masked: '2880702*****48' });
    const events = await h.services.pool.query(`SELECT event_data::text AS d FROM events WHERE aggregate_id = $1 AND event_type IN ('MedCardIssued', 'BeneficiaryAdded')`, [cardId]);
    expect(events.rows).toHaveLength(2);
    for (const e of events.rows) expect(e.d).toMatch(/"nationalId": "v1\.dev1\./);
  });

  it('are read back in clear by the event store, so the domain still refuses a duplicate on the card', async () => {
    const [stored] = await h.services.store.readStream(cardId);
    expect(JSON.stringify(stored?.data)).toContain(MONA);
    const admin = await h.as('u-admin');
    await expect(admin.beneficiaries.add({ cardId, relationship: 'child', name: 'Again', nationalId: CHILD }))
      .rejects.toMatchObject({ cause: { code: 'DUPLICATE_NATIONAL_ID' } });
  });

  it('are searchable by exact match only (the keyed hash), holder or member, each search audited', async () => {
    const finance = await h.as('u-finance');
    const ids = async (nationalId: string) => (await finance.medcard.findByNationalId({ nationalId })).map((c) => c.cardId);
    expect(await ids(MONA)).toEqual([cardId]);
    expect(await ids(CHILD)).toEqual([cardId]);
    expect(await ids('28503140101235')).toEqual([demoMedCards.ahmed.cardId]);
    expect(await ids('29901010101223')).toEqual([]);
    await expect(ids(MONA.slice(0, 10))).rejects.toMatchObject({ cause: { code: 'VALIDATION_FAILED' } });
    expect((await finance.medcard.search({ query: MONA })).items).toEqual([]);
    const audit = await listAudit(h.services.pool, { action: 'medcard.findByNationalId', actorId: 'u-finance', limit: 10 });
    expect(audit.map((a) => a.result)).toEqual(['CARD_NOT_FOUND', 'ok', 'ok', 'ok']);
    expect(JSON.stringify(audit)).not.toMatch(/\d{14}/);
  });
});

describe('national IDs on screens', () => {
  it('come masked to staff and to the holder', async () => {
    for (const who of ['u-support', 'u-finance', 'u-mona']) {
      const members = await (await h.as(who)).beneficiaries.list({ cardId });
      expect(members.map((m) => m.nationalIdMasked)).toEqual(['2880702*****48', '3180215*****42']);
      expect(JSON.stringify(members)).not.toMatch(/\d{14}/);
      expect(JSON.stringify(await (await h.as(who)).medcard.get({ cardId }))).not.toMatch(/\d{14}/);
    }
  });

  it('are revealed in full to support, claims reviewers and superadmins, each reveal audited with who, whose and why', async () => {
    const members = await (await h.as('u-support')).beneficiaries.list({ cardId });
    const child = members.find((m) => m.relationship === 'child')!;
    const support = await h.as('u-support', { request: { ip: '10.0.0.7', userAgent: 'spec' } });
    expect(await support.beneficiaries.revealNationalId({ cardId, beneficiaryId: child.beneficiaryId, reason: 'caller verification' }))
      .toEqual({ nationalId: CHILD });
    expect(await (await h.as('u-reviewer')).beneficiaries.revealNationalId({ cardId, beneficiaryId: members[0]!.beneficiaryId })).toEqual({ nationalId: MONA });
    const audit = await listAudit(h.services.pool, { action: 'beneficiaries.revealNationalId', aggregateId: cardId, limit: 10 });
    expect(audit).toEqual([
      expect.objectContaining({ actorId: 'u-reviewer', role: 'claims_reviewer', result: 'ok', details: { beneficiaryId: members[0]!.beneficiaryId } }),
      expect.objectContaining({ actorId: 'u-support', role: 'support', result: 'ok', ip: '10.0.0.7', details: { beneficiaryId: child.beneficiaryId, reason: 'caller verification' } }),
    ]);
    await expect(support.beneficiaries.revealNationalId({ cardId, beneficiaryId: 'nobody' })).rejects.toMatchObject({ cause: { code: 'BENEFICIARY_NOT_FOUND' } });
  });

  it('are never revealed to pharmacists, finance or patients (not even the holder: they see it masked)', async () => {
    const members = await (await h.as('u-support')).beneficiaries.list({ cardId });
    for (const who of ['u-pharmacist', 'u-finance', 'u-mona']) {
      await expect((await h.as(who)).beneficiaries.revealNationalId({ cardId, beneficiaryId: members[0]!.beneficiaryId }))
        .rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const lookup = await (await h.as('u-pharmacist')).medcard.lookup({ cardNumber: cardId });
    expect(JSON.stringify(lookup)).not.toMatch(/nationalId|\d{14}|\*{5}/);
  });

  it('are rate-limited per staff member, and a refused reveal is audited too', async () => {
    const members = await (await h.as('u-support')).beneficiaries.list({ cardId });
    const admin = await h.as('u-admin');
    const reveal = () => admin.beneficiaries.revealNationalId({ cardId, beneficiaryId: members[0]!.beneficiaryId });
    for (let i = 0; i < 30; i++) await reveal();
    await expect(reveal()).rejects.toMatchObject({ cause: { code: 'RATE_LIMITED' } });
    const audit = await listAudit(h.services.pool, { action: 'beneficiaries.revealNationalId', actorId: 'u-admin', limit: 1 });
    expect(audit[0]).toMatchObject({ result: 'RATE_LIMITED' });
  });
});
