import { demoMedCards } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';
import { tinyJpeg, uploadAs } from '../../testing/documents';
import { activeCard, rxLine } from '../../testing/medcards';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
  await h.project();
});
afterAll(() => h.close());

const doc = async (name = 'invoice.pdf', bytes?: Uint8Array<ArrayBuffer>) => (await uploadAs(h.services, 'u-pharmacist', name, bytes)).documentId;

describe('issuing a card', () => {
  it('takes the holder from the users table, numbers the card and starts it pending', async () => {
    const admin = await h.as('u-admin');
    const card = await admin.medcard.issue({ userId: 'u-mona', tier: 'silver' });
    expect(card.cardId).toMatch(/^HP-\d{10}$/);
    expect(card).toMatchObject({
      status: 'pending', tier: 'silver', monthlyLimit: 200_000, copaymentPercent: 30, version: 1, remainingBenefit: 200_000,
      holder: { userId: 'u-mona', name: 'منى علي' },
    });
    expect(card.beneficiaries).toEqual([expect.objectContaining({ relationship: 'self', nationalIdMasked: '2880702*****48', dateOfBirth: '1988-07-02', gender: 'female', mobile: '+201112345678' })]);
    const aggregateType = await h.services.pool.query('SELECT DISTINCT aggregate_type FROM events WHERE aggregate_id = $1', [card.cardId]);
    expect(aggregateType.rows).toEqual([{ aggregate_type: 'medcard' }]);
  });

  it('refuses a user with no national ID on file unless one is given, and non-patients', async () => {
    const admin = await h.as('u-admin');
    await h.services.pool.query(`INSERT INTO users (id, role, name, phone, locale) VALUES ('u-new', 'patient', 'Sara Nabil', '+201501234567', 'en')`);
    await expect(admin.medcard.issue({ userId: 'u-new', tier: 'gold' })).rejects.toMatchObject({
      code: 'BAD_REQUEST', cause: { code: 'VALIDATION_FAILED', fieldErrors: [{ path: 'holder.nationalId' }] },
    });
    await expect(admin.medcard.issue({ userId: 'u-pharmacist', tier: 'gold' })).rejects.toMatchObject({ cause: { fieldErrors: [{ path: 'userId' }] } });
    const card = await admin.medcard.issue({ userId: 'u-new', tier: 'gold', holder: { nationalId: '29506150101452' }, activate: true });
    expect(card).toMatchObject({ status: 'active', version: 2 });
    expect(card.beneficiaries[0]).toMatchObject({ name: 'Sara Nabil', dateOfBirth: '1995-06-15' });
  });

  it('is staff only', async () => {
    await expect((await h.as('u-pharmacist')).medcard.issue({ userId: 'u-omar', tier: 'gold' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await h.as('u-omar')).medcard.issue({ userId: 'u-omar', tier: 'gold' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the seeded demo cards', () => {
  it('Ahmed holds a gold card covering his wife and son; Omar a silver one', async () => {
    const ahmed = await h.as('u-ahmed');
    const [mine] = await ahmed.medcard.mine();
    expect(mine).toMatchObject({ cardId: demoMedCards.ahmed.cardId, tier: 'gold', status: 'active' });
    const card = await ahmed.medcard.get({ cardId: demoMedCards.ahmed.cardId });
    expect(card.beneficiaries.map((b) => b.relationship)).toEqual(['self', 'spouse', 'child']);
    expect((await (await h.as('u-omar')).medcard.mine()).map((c) => [c.cardId, c.tier])).toContainEqual([demoMedCards.omar.cardId, 'silver']);
  });

  it('a patient cannot read another patient’s card (404)', async () => {
    await expect((await h.as('u-omar')).medcard.get({ cardId: demoMedCards.ahmed.cardId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect((await h.as('u-omar')).beneficiaries.list({ cardId: demoMedCards.ahmed.cardId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('pharmacist lookup', () => {
  it('accepts the number as typed and shows members without national IDs', async () => {
    const pharmacist = await h.as('u-pharmacist');
    const digits = demoMedCards.ahmed.cardId.slice(3);
    const typed = `hp ${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
    const found = await pharmacist.medcard.lookup({ cardNumber: typed });
    expect(found).toMatchObject({ cardId: demoMedCards.ahmed.cardId, status: 'active', tier: 'gold', monthlyLimit: 500_000 });
    expect(found.remainingBenefit).toBe(found.monthlyLimit - found.benefitUsed);
    expect(found.beneficiaries).toHaveLength(3);
    expect(JSON.stringify(found)).not.toMatch(/nationalId|28503140101235|dateOfBirth|\+20/);
  });

  it('refuses a number with a wrong check digit as a typo (400) and an unknown number as 404', async () => {
    const pharmacist = await h.as('u-pharmacist');
    await expect(pharmacist.medcard.lookup({ cardNumber: 'HP-1000000173' })).rejects.toMatchObject({ cause: { code: 'VALIDATION_FAILED' } });
    await expect(pharmacist.medcard.lookup({ cardNumber: 'HP-1000000180' })).rejects.toMatchObject({ cause: { code: 'CARD_NOT_FOUND' } });
  });
});

describe('a card’s life', () => {
  it('members, terms, claims, a refill override, insurance review, status, read models and analytics', async () => {
    const admin = await h.as('u-admin');
    const pharmacist = await h.as('u-pharmacist');
    const card = await activeCard(h, 'u-omar', { tier: 'silver' });
    const { cardId } = card;

    const withChild = await admin.beneficiaries.add({ cardId, relationship: 'child', name: 'Laila Omar', nationalId: '31802150101242' });
    const child = withChild.beneficiaries.find((b) => b.relationship === 'child');
    expect(child).toMatchObject({ dateOfBirth: '2018-02-15', mobile: null });
    await expect(admin.beneficiaries.add({ cardId, relationship: 'child', name: 'Again', nationalId: '31802150101242' })).rejects.toMatchObject({ cause: { code: 'DUPLICATE_NATIONAL_ID' } });
    await expect(admin.beneficiaries.remove({ cardId, beneficiaryId: card.holder.beneficiaryId })).rejects.toMatchObject({ cause: { code: 'HOLDER_NOT_REMOVABLE' } });

    expect(await admin.medcard.changeTier({ cardId, tier: 'gold' })).toMatchObject({ tier: 'gold', monthlyLimit: 500_000, copaymentPercent: 20 });
    expect(await admin.medcard.changeMonthlyLimit({ cardId, monthlyLimit: 300_000 })).toMatchObject({ monthlyLimit: 300_000 });
    expect(await admin.medcard.changeCopayment({ cardId, copaymentPercent: 25 })).toMatchObject({ copaymentPercent: 25 });

    const rx = { cardId, prescriptionId: 'RX-LIFE-1', beneficiaryId: child?.beneficiaryId ?? '', lines: [rxLine('AMOX', 2, 4_000)], submittedTotal: 8_000 };
    expect(await pharmacist.claims.submit(rx)).toMatchObject({ status: 'approved', copay: 2_000, benefit: 6_000, remainingAfter: 294_000 });
    const early = await pharmacist.claims.submit({ ...rx, prescriptionId: 'RX-LIFE-2' });
    expect(early).toMatchObject({ status: 'rejected', rejection: { code: 'REFILL_TOO_SOON' }, benefit: 0 });
    await expect(admin.claims.refillOverride({ cardId, drugCode: 'AMOX', reason: ' ' })).rejects.toMatchObject({ cause: { code: 'VALIDATION_FAILED' } });
    expect(await admin.claims.refillOverride({ cardId, drugCode: 'AMOX', reason: 'lost medication' })).toMatchObject({ drugCode: 'AMOX', grantedBy: 'u-admin' });
    expect(await pharmacist.claims.submit({ ...rx, prescriptionId: 'RX-LIFE-2' })).toMatchObject({ status: 'approved', overridesUsed: [{ drugCode: 'AMOX' }] });

    await expect(pharmacist.insurance.file({ cardId, amount: 8_000, documentIds: [await doc()] })).rejects.toMatchObject({ cause: { code: 'NO_INSURANCE_ON_CARD' } });
    const insured = await admin.medcard.issue({ userId: 'u-omar', tier: 'platinum', activate: true, insurance: { provider: 'AXA Egypt', policyNumber: 'AXA-77' }, secondCardReason: 'An insured card beside the silver one' });
    await pharmacist.claims.submit({ ...rx, cardId: insured.cardId, prescriptionId: 'RX-INS-1', beneficiaryId: insured.holder.beneficiaryId });
    // Platinum (10%): the prescription left 800 uncovered, the most its insurance claims may ask for.
    await expect(pharmacist.insurance.file({ cardId: insured.cardId, amount: 801, documentIds: [await doc()], prescriptionId: 'RX-INS-1' })).rejects.toMatchObject({ cause: { code: 'INSURANCE_AMOUNT_EXCEEDS_UNCOVERED' } });
    const filed = await pharmacist.insurance.file({ cardId: insured.cardId, amount: 800, documentIds: [await doc()], prescriptionId: 'RX-INS-1' });
    expect(filed).toMatchObject({ status: 'submitted', revision: 1, filedBy: { role: 'pharmacy', actorId: 'u-pharmacist' } });
    const { claimId } = filed;
    await expect(pharmacist.insurance.review({ cardId: insured.cardId, claimId, decision: 'approve', approvedAmount: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await admin.insurance.review({ cardId: insured.cardId, claimId, decision: 'return', note: 'attach the prescription' })).toMatchObject({ status: 'returned' });
    expect(await pharmacist.insurance.resubmit({ cardId: insured.cardId, claimId, documentIds: [...filed.documents.map((d) => d.documentId ?? ''), await doc('rx.jpg', tinyJpeg())] })).toMatchObject({ status: 'submitted', revision: 2 });
    await expect(admin.insurance.review({ cardId: insured.cardId, claimId, decision: 'approve', approvedAmount: 900 })).rejects.toMatchObject({ cause: { code: 'APPROVED_AMOUNT_EXCEEDS_CLAIM' } });
    expect(await admin.insurance.review({ cardId: insured.cardId, claimId, decision: 'approve', approvedAmount: 750 })).toMatchObject({ status: 'approved', approvedAmount: 750 });

    expect(await admin.medcard.changeStatus({ cardId, action: 'suspend', reason: 'fraud review' })).toMatchObject({ status: 'suspended' });
    expect(await pharmacist.claims.submit({ ...rx, prescriptionId: 'RX-LIFE-3', lines: [rxLine('OTHER', 1, 100)], submittedTotal: 100 })).toMatchObject({ status: 'rejected', rejection: { code: 'CARD_NOT_ACTIVE' } });

    await h.project();
    expect(await admin.medcard.get({ cardId })).toMatchObject({ status: 'suspended', statusReason: 'fraud review', tier: 'gold', monthlyLimit: 300_000, copaymentPercent: 25, benefitUsed: 12_000 });
    expect((await admin.beneficiaries.list({ cardId })).map((b) => b.relationship)).toEqual(['self', 'child']);
    const claims = await admin.claims.byCard({ cardId });
    expect(claims.items.map((c) => [c.prescriptionId, c.status])).toEqual([['RX-LIFE-3', 'rejected'], ['RX-LIFE-2', 'approved'], ['RX-LIFE-1', 'approved']]);
    expect(claims.items[2]).toMatchObject({ beneficiaryName: 'Laila Omar', copaymentPercent: 25, lines: [{ lineNo: 1, drugCode: 'AMOX', benefit: 6_000, copay: 2_000 }] });
    const queue = await admin.insurance.queue({ status: 'all', cardId: insured.cardId });
    expect(queue.items).toEqual([expect.objectContaining({ claimId, status: 'approved', approvedAmount: 750, revision: 2, reviewedBy: 'u-admin' })]);
    expect((await admin.insurance.queue({})).items.every((c) => c.status === 'submitted')).toBe(true);

    const outcomes = await admin.analytics.claimOutcomes({});
    expect(outcomes.approved).toBeGreaterThanOrEqual(3);
    // RX-LIFE-2's refill rejection was superseded by its approval: only the answer of record counts.
    expect(outcomes.rejectionCodes.map((r) => r.code)).toEqual(['CARD_NOT_ACTIVE']);
    expect((await admin.analytics.topDrugs({ limit: 50 })).find((d) => d.drugCode === 'AMOX')).toMatchObject({ claims: 3, quantity: 6 });
    const byMonth = await admin.analytics.spendByMonth({});
    const fromEvents = await h.services.pool.query<{ benefit: number }>(
      `SELECT SUM((event_data->'total'->>'benefit')::bigint)::bigint AS benefit FROM events WHERE event_type = 'PrescriptionClaimApproved'`);
    expect(byMonth.reduce((s, m) => s + m.benefit, 0)).toBe(fromEvents.rows[0]?.benefit);
    expect((await admin.analytics.spendByPharmacy({})).map((p) => p.pharmacyId)).toContain('ph-ezaby-maadi');
    await expect(pharmacist.analytics.spendByMonth({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('staff search pages by card number', async () => {
    const admin = await h.as('u-admin');
    await h.project();
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 20; i++) {
      const page = await admin.medcard.search({ limit: 2, cursor });
      seen.push(...page.items.map((c) => c.cardId));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect((await admin.medcard.search({ query: 'أحمد' })).items.map((c) => c.cardId)).toEqual([demoMedCards.ahmed.cardId]);
  });
});
