import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../../postgres/pool';
import { catchUpCommitted } from '../../testing/catch-up-committed';
import { seedDemoData } from '../../seed/seed';
import { demoMedCards } from '../../seed/demo-data';
import { createMigratedTestDatabase, type TestDatabase } from '../../testing/database';
import { getMedCard, getMedCardWithMembers, listBeneficiaries, listBeneficiariesWithHolder, listMedCardsByHolder } from './card-queries';
import { medcardReadModels } from './index';

let db: TestDatabase;
let pool: Pool;
let month: string;
const cards = Object.values(demoMedCards).map((c) => c.cardId);
beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 2);
  await seedDemoData(pool);
  await catchUpCommitted(pool, { name: 'card-with-members-spec', projections: medcardReadModels, batchSize: 1000 });
  month = (await pool.query<{ month: string }>('SELECT month FROM medcard_monthly_spend ORDER BY benefit_total DESC LIMIT 1')).rows[0]!.month;
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

/** What `medcard.get` answered from two statements: the card, then its active members' page fields. */
const twoStatements = async (cardId: string, m: string) => {
  const card = await getMedCard(pool, cardId, m);
  if (!card) return null;
  const members = (await listBeneficiaries(pool, cardId)).map(({ beneficiaryId, relationship, name, nationalIdMasked, dateOfBirth, gender, mobile }) =>
    ({ beneficiaryId, relationship, name, nationalIdMasked, dateOfBirth, gender, mobile }));
  return { ...card, members };
};

const withHolder = async (cardId: string, includeRemoved: boolean) => {
  const card = await getMedCard(pool, cardId);
  return card ? { holderUserId: card.holderUserId, members: await listBeneficiaries(pool, cardId, { includeRemoved }) } : null;
};

const compareAll = async () => {
  for (const cardId of [...cards, 'no-such-card']) {
    for (const m of [month, '1999-01']) {
      const got = await getMedCardWithMembers(pool, cardId, m);
      expect(got).toEqual(await twoStatements(cardId, m));
      // The same keys in the same order: the API answers these objects as they are.
      expect(JSON.stringify(got)).toBe(JSON.stringify(await twoStatements(cardId, m)));
    }
    for (const includeRemoved of [false, true]) {
      const got = await listBeneficiariesWithHolder(pool, cardId, { includeRemoved });
      expect(JSON.stringify(got)).toBe(JSON.stringify(await withHolder(cardId, includeRemoved)));
    }
  }
  // A holder's cards (read with their instants as text) are, card by card, what `getMedCard` (Dates, `toISOString()`) answers.
  const holders = (await pool.query<{ h: string }>('SELECT DISTINCT holder_user_id AS h FROM medcards')).rows.map((r) => r.h);
  for (const holder of [...holders, 'no-such-user']) {
    for (const m of [month, '1999-01']) {
      const got = await listMedCardsByHolder(pool, holder, m);
      const n = (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM medcards WHERE holder_user_id = $1', [holder])).rows[0]!.n;
      expect(got).toHaveLength(n);
      for (const c of got) expect(JSON.stringify(c)).toBe(JSON.stringify(await getMedCard(pool, c.cardId, m)));
    }
  }
};

describe('the card with its members in one statement', () => {
  it('answers what the card and member reads answer, for every seeded card, a month with spend and one without', async () => {
    expect((await getMedCardWithMembers(pool, cards[0]!, month))?.members.length).toBeGreaterThan(0);
    expect(await getMedCardWithMembers(pool, 'no-such-card', month)).toBeNull();
    expect(await listBeneficiariesWithHolder(pool, 'no-such-card')).toBeNull();
    await compareAll();
  });

  it('leaves a removed member out unless asked for, and answers a card without members', async () => {
    const removed = await pool.query(`UPDATE medcard_beneficiaries SET status = 'removed', removed_at = now()
      WHERE (card_id, beneficiary_id) IN (SELECT card_id, beneficiary_id FROM medcard_beneficiaries WHERE relationship <> 'self' LIMIT 1)`);
    expect(removed.rowCount).toBe(1);
    await compareAll();

    await pool.query('DELETE FROM medcard_beneficiaries WHERE card_id = $1', [cards[0]]);
    expect((await getMedCardWithMembers(pool, cards[0]!, month))?.members).toEqual([]);
    expect(await listBeneficiariesWithHolder(pool, cards[0]!, { includeRemoved: true })).toEqual({
      holderUserId: (await getMedCard(pool, cards[0]!))?.holderUserId, members: [],
    });
    await compareAll();
  });
});
