import { randomUUID } from 'node:crypto';
import { cardNumberOf } from '@healthpay/db';
import { demoMedCards } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';
import { activeCard, rxLine } from '../../testing/medcards';

let h: Harness;
let card: Awaited<ReturnType<typeof activeCard>>;
beforeAll(async () => {
  h = await apiHarness();
  // A second pharmacy's pharmacist (the seed has one, at El Ezaby).
  await h.services.pool.query(
    `INSERT INTO users (id, role, name, email, locale, pharmacy_id) VALUES ('u-seif', 'pharmacist', 'Laila Seif', 'laila@seif.eg', 'ar', 'ph-seif-smouha')`);
  card = await activeCard(h, 'u-omar', { monthlyLimit: 100_000 });
});
afterAll(() => h.close());

const claimOn = (cardId: string, beneficiaryId: string, drugCode = `D-${randomUUID().slice(0, 8)}`) => ({
  cardId, prescriptionId: `rx-${randomUUID()}`, beneficiaryId, lines: [rxLine(drugCode, 2, 1_750)], submittedTotal: 3_500,
});
const eventsOf = async (cardId: string) => (await h.services.store.readStream(cardId)).length;

describe('a repeated prescription claim', () => {
  it('with the same body returns the first result and records nothing new', async () => {
    const pharmacist = await h.as('u-pharmacist');
    const body = claimOn(card.cardId, card.holder.beneficiaryId);
    const first = await pharmacist.claims.submit(body);
    expect(first).toMatchObject({ status: 'approved', pharmacyId: 'ph-ezaby-maadi', submitted: 3_500, copay: 700, benefit: 2_800 });
    const before = await eventsOf(card.cardId);
    h.services.clock = () => new Date(Date.now() + 60_000);
    const again = await pharmacist.claims.submit({ ...body, lines: body.lines.map((l) => ({ ...l })) });
    h.services.clock = () => new Date();
    expect(again).toEqual(first);
    expect(await eventsOf(card.cardId)).toBe(before);
  });

  it('with the same Idempotency-Key returns the first result, even from another process', async () => {
    const key = `rx-key-${randomUUID()}`;
    const body = claimOn(card.cardId, card.holder.beneficiaryId);
    const callers = [await h.as('u-pharmacist', { idempotencyKey: key }), await h.as('u-pharmacist', { idempotencyKey: key, services: h.secondProcess() })];
    const before = await eventsOf(card.cardId);
    const results = await Promise.all(callers.flatMap((c) => [c.claims.submit(body), c.claims.submit(body)]));
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(await eventsOf(card.cardId)).toBe(before + 1);
  });

  it('with a different body after an approval is DUPLICATE_PRESCRIPTION (409)', async () => {
    const pharmacist = await h.as('u-pharmacist');
    const body = claimOn(card.cardId, card.holder.beneficiaryId);
    await pharmacist.claims.submit(body);
    await expect(pharmacist.claims.submit({ ...body, lines: [rxLine('OTHER', 1, 3_500)] })).rejects.toMatchObject({
      code: 'CONFLICT', cause: { code: 'DUPLICATE_PRESCRIPTION' },
    });
  });

  it('previews without recording', async () => {
    const pharmacist = await h.as('u-pharmacist');
    const body = claimOn(card.cardId, card.holder.beneficiaryId);
    const before = await eventsOf(card.cardId);
    const { preview, previous } = await pharmacist.claims.preview(body);
    expect(preview).toMatchObject({ status: 'approved', benefit: 2_800, copay: 700 });
    expect(previous).toBeNull();
    expect(await eventsOf(card.cardId)).toBe(before);
  });
});

describe('pharmacies see only their own claims', () => {
  it('another pharmacy’s pharmacist cannot list or read this pharmacy’s claims', async () => {
    const ezaby = await h.as('u-pharmacist');
    const seif = await h.as('u-seif');
    const mine = await ezaby.claims.submit(claimOn(card.cardId, card.holder.beneficiaryId));
    const theirs = await seif.claims.submit(claimOn(card.cardId, card.holder.beneficiaryId));
    expect(theirs.pharmacyId).toBe('ph-seif-smouha');
    await h.project();

    await expect(seif.claims.byPharmacy({ pharmacyId: 'ph-ezaby-maadi' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const seifList = await seif.claims.byPharmacy({});
    expect(seifList.items.length).toBeGreaterThan(0);
    expect(seifList.items.every((c) => c.pharmacyId === 'ph-seif-smouha')).toBe(true);
    await expect(seif.claims.get({ cardId: card.cardId, prescriptionId: mine.prescriptionId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(seif.claims.byCard({ cardId: card.cardId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Nor submit in another pharmacy's name.
    await expect(seif.claims.submit({ ...claimOn(card.cardId, card.holder.beneficiaryId), pharmacyId: 'ph-ezaby-maadi' })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    expect(await ezaby.claims.get({ cardId: card.cardId, prescriptionId: mine.prescriptionId })).toMatchObject({ pharmacyName: 'El Ezaby Pharmacy – Maadi' });
    const ezabyList = await ezaby.claims.byPharmacy({ limit: 100 });
    expect(ezabyList.items.some((c) => c.prescriptionId === theirs.prescriptionId)).toBe(false);
  });

  it('a patient sees claims on cards they hold, not on others’', async () => {
    const omar = await h.as('u-omar');
    const ahmed = await h.as('u-ahmed');
    expect((await omar.claims.byCard({ cardId: card.cardId })).items.length).toBeGreaterThan(0);
    await expect(ahmed.claims.byCard({ cardId: card.cardId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(omar.claims.byCard({ cardId: demoMedCards.ahmed.cardId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The card's holder is read with the page: access is still checked before the cursor, and an unknown card is not found.
    await expect(ahmed.claims.byCard({ cardId: card.cardId, cursor: 'garbage' })).rejects.toMatchObject({ cause: { code: 'CARD_NOT_FOUND' } });
    const admin = await h.as('u-admin');
    await expect(admin.claims.byCard({ cardId: cardNumberOf('999999999') })).rejects.toMatchObject({ cause: { code: 'CARD_NOT_FOUND' } });
  });

  it('pages without gaps or repeats, newest first, and filters by status', async () => {
    const admin = await h.as('u-admin');
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const res = await admin.claims.byCard({ cardId: card.cardId, limit: 2, cursor });
      seen.push(...res.items.map((c) => c.prescriptionId));
      if (!res.nextCursor) break;
      cursor = res.nextCursor;
    }
    const all = await admin.claims.byCard({ cardId: card.cardId, limit: 100 });
    expect(seen).toEqual(all.items.map((c) => c.prescriptionId));
    expect(new Set(seen).size).toBe(seen.length);
    expect((await admin.claims.byCard({ cardId: card.cardId, status: 'rejected' })).items).toEqual([]);
    await expect(admin.claims.byCard({ cardId: card.cardId, cursor: 'garbage' })).rejects.toMatchObject({ cause: { code: 'VALIDATION_FAILED' } });
  });
});
