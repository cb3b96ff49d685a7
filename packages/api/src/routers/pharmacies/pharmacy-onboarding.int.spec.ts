import { listAudit } from '@healthpay/db';
import { demoMedCards } from '@healthpay/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import { apiHarness, type Harness } from '../../testing/harness';
import { restServer } from '../../testing/rest-server';
import { rxLine } from '../../testing/medcards';

const IBAN = 'EG380019000500000000263180002';
const OTHER_IBAN = 'EG800002000156789012345180002';
const PHARMACIST = 'u-pharmacist-nile';

let h: Harness;
let rest: Awaited<ReturnType<typeof restServer>>;
let base: string;
beforeAll(async () => {
  h = await apiHarness();
  await h.project();
  rest = await restServer(h.services);
  base = rest.base;
});
afterAll(async () => {
  await rest.stop();
  await h.close();
});

const support = () => h.as('u-support');
const pharmacyInput = (licenceNumber: string) => ({
  nameEn: 'Nile Pharmacy', nameAr: 'صيدلية النيل', governorate: '21' as const, city: 'Dokki', address: '12 Tahrir St',
  licenceNumber, commercialRegistration: '123456', iban: 'EG38 0019 0005 0000 0000 2631 8000 2',
});
async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (error) {
    if (error instanceof TRPCError && error.cause instanceof AppError) return error.cause.code;
    throw error;
  }
}
let rx = 0;
const claim = () => ({
  cardId: demoMedCards.omar.cardId, prescriptionId: `RX-NILE-${++rx}`, beneficiaryId: demoMedCards.omar.self,
  lines: [rxLine(`D-NILE-${rx}`, 1, 2_500)], submittedTotal: 2_500,
});
const restClaim = (token: string) => fetch(`${base}/medcards/${demoMedCards.omar.cardId}/claims/prescriptions`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ prescriptionId: `RX-NILE-REST-${++rx}`, beneficiaryId: demoMedCards.omar.self, totalAmount: 25,
    items: [{ drugCode: `D-NILE-R${rx}`, drugName: 'Panadol', quantity: 1, unitPrice: 25, totalPrice: 25 }] }),
}).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { code: string } } }));

describe('a pharmacy from registration to claims', () => {
  let pharmacyId = '';
  let token = '';

  it('is registered pending, with the IBAN only masked', async () => {
    const created = await (await support()).pharmacies.create(pharmacyInput('gz-4471'));
    pharmacyId = created.id;
    expect(created).toMatchObject({ status: 'pending', licenceNumber: 'GZ-4471', ibanMasked: 'EG** **** **** **** **** **** *000 2', version: 1 });
    expect(JSON.stringify(created)).not.toContain(IBAN);
    await h.project();
    await h.services.pool.query(`INSERT INTO users (id, role, name, email, pharmacy_id) VALUES ($1, 'pharmacist', 'Mariam Nabil', 'mariam@nile.eg', $2)`, [PHARMACIST, pharmacyId]);
    token = (await (await h.as('u-admin')).tokens.issue({ userId: PHARMACIST, pharmacyId, name: 'Nile POS' })).token;
    const got = await (await support()).pharmacies.get({ pharmacyId });
    expect(got).toMatchObject({ pharmacy: { status: 'pending', ibanMasked: created.ibanMasked }, pharmacists: [{ id: PHARMACIST }], canRevealIban: false });
  });

  it('cannot claim, preview, look a card up or collect while pending', async () => {
    const p = await h.as(PHARMACIST);
    expect(await codeOf(p.claims.submit(claim()))).toBe('PHARMACY_NOT_ACTIVE');
    expect(await codeOf(p.claims.preview(claim()))).toBe('PHARMACY_NOT_ACTIVE');
    expect(await codeOf(p.medcard.lookup({ cardNumber: demoMedCards.omar.cardId }))).toBe('PHARMACY_NOT_ACTIVE');
    expect(await codeOf(p.copay.request({ cardId: demoMedCards.omar.cardId, prescriptionId: 'RX-NONE' }))).toBe('PHARMACY_NOT_ACTIVE');
    // Staff claiming on its behalf are refused the same way.
    expect(await codeOf((await h.as('u-admin')).claims.submit({ ...claim(), pharmacyId }))).toBe('PHARMACY_NOT_ACTIVE');
    expect(await restClaim(token)).toMatchObject({ status: 403, body: { error: { code: 'PHARMACY_NOT_ACTIVE' } } });
  });

  it('claims once activated', async () => {
    expect(await (await support()).pharmacies.activate({ pharmacyId })).toMatchObject({ status: 'active' });
    await h.project();
    const p = await h.as(PHARMACIST);
    expect(await p.claims.submit(claim())).toMatchObject({ status: 'approved', pharmacyId });
    expect((await restClaim(token)).status).toBe(200);
  });

  it('stops claiming when suspended (tRPC and REST token), and keeps its claims readable', async () => {
    const suspended = await (await support()).pharmacies.suspend({ pharmacyId, reason: 'Licence under review' });
    expect(suspended).toMatchObject({ status: 'suspended', statusReason: 'Licence under review' });
    await h.project();
    const p = await h.as(PHARMACIST);
    expect(await codeOf(p.claims.submit(claim()))).toBe('PHARMACY_NOT_ACTIVE');
    expect(await codeOf(p.medcard.lookup({ cardNumber: demoMedCards.omar.cardId }))).toBe('PHARMACY_NOT_ACTIVE');
    expect(await restClaim(token)).toMatchObject({ status: 403, body: { error: { code: 'PHARMACY_NOT_ACTIVE' } } });
    const mine = await p.claims.byPharmacy({ limit: 10 });
    expect(mine.items.length).toBe(2);
    const rest = await fetch(`${base}/pharmacies/${pharmacyId}/claims`, { headers: { authorization: `Bearer ${token}` } });
    expect(rest.status).toBe(200);
    expect(await p.pharmacies.mine()).toMatchObject({ status: 'suspended', statusReason: 'Licence under review' });
    const own = await fetch(`${base}/pharmacies/${pharmacyId}`, { headers: { authorization: `Bearer ${token}` } });
    expect({ status: own.status, body: await own.json() }).toMatchObject({ status: 200, body: { id: pharmacyId, status: 'suspended' } });
    const other = await fetch(`${base}/pharmacies/ph-ezaby-maadi`, { headers: { authorization: `Bearer ${token}` } });
    expect(other.status).toBe(404);
    const [record] = await listAudit(h.services.pool, { action: 'pharmacies.suspend', aggregateId: pharmacyId, limit: 1 });
    expect(record?.details).toMatchObject({
      reason: 'Licence under review',
      changes: { status: { from: 'active', to: 'suspended' }, statusReason: { from: null, to: 'Licence under review' } },
    });
  });

  it('claims again once reinstated', async () => {
    await (await support()).pharmacies.reinstate({ pharmacyId });
    await h.project();
    expect(await (await h.as(PHARMACIST)).claims.submit(claim())).toMatchObject({ status: 'approved' });
  });

  it('shows finance the full IBAN on request, audited, and lets finance change it (masked in the audit)', async () => {
    const finance = await h.as('u-finance');
    expect((await finance.pharmacies.get({ pharmacyId })).canRevealIban).toBe(true);
    expect(await finance.pharmacies.revealIban({ pharmacyId })).toEqual({ iban: IBAN });
    const [reveal] = await listAudit(h.services.pool, { action: 'pharmacies.revealIban', aggregateId: pharmacyId, limit: 1 });
    expect(reveal).toMatchObject({ actorId: 'u-finance', result: 'ok' });
    expect((await finance.pharmacies.changeSettlementAccount({ pharmacyId, iban: OTHER_IBAN })).ibanMasked).toBe('EG** **** **** **** **** **** *000 2');
    const [change] = await listAudit(h.services.pool, { action: 'pharmacies.changeSettlementAccount', aggregateId: pharmacyId, limit: 1 });
    expect(change?.details).toEqual({ changes: { iban: { from: 'EG** **** **** **** **** **** *000 2', to: 'EG** **** **** **** **** **** *000 2' } } });
    const [created] = await listAudit(h.services.pool, { action: 'pharmacies.create', limit: 1 });
    expect(JSON.stringify(created?.details)).not.toMatch(/EG\d{27}/);
    expect(await codeOf(finance.pharmacies.changeSettlementAccount({ pharmacyId, iban: 'EG380019000500000000263180003' }))).toBe('INVALID_IBAN');
  });

  it('is found by search and status filter, paged', async () => {
    const s = await support();
    expect((await s.pharmacies.list({ query: 'النيل' })).items.map((p) => p.id)).toEqual([pharmacyId]);
    expect((await s.pharmacies.list({ query: 'gz-44' })).items.map((p) => p.id)).toEqual([pharmacyId]);
    const active = await s.pharmacies.list({ status: 'active', limit: 1 });
    expect(active.items).toHaveLength(1);
    expect(active.nextCursor).toBe(1);
    expect((await s.pharmacies.list({ status: 'suspended' })).items).toEqual([]);
  });
});

describe('licence numbers', () => {
  it('refuses a licence another pharmacy holds, whatever its case or digits', async () => {
    await (await support()).pharmacies.create(pharmacyInput('CAI-777'));
    expect(await codeOf((await support()).pharmacies.create(pharmacyInput('cai-٧٧٧')))).toBe('DUPLICATE_LICENCE_NUMBER');
    // The demo pharmacies hold theirs too (the seed registers them through the domain).
    expect(await codeOf((await support()).pharmacies.create(pharmacyInput('CAI-10231')))).toBe('DUPLICATE_LICENCE_NUMBER');
  });

  it('lets only one of two concurrent registrations of a licence (two processes) commit', async () => {
    const other = h.secondProcess();
    const outcomes = await Promise.all([
      codeOf((await support()).pharmacies.create(pharmacyInput('ALX-9001'))),
      codeOf((await h.as('u-admin', { services: other })).pharmacies.create(pharmacyInput('ALX-9001'))),
    ]);
    expect(outcomes.sort()).toEqual(['DUPLICATE_LICENCE_NUMBER', 'ok']);
    await h.project();
    const rows = await h.services.pool.query(`SELECT id FROM pharmacies WHERE licence_number = 'ALX-9001'`);
    expect(rows.rowCount).toBe(1);
  });

  it('answers bad input with typed codes, never a 500', async () => {
    const s = await support();
    expect(await codeOf(s.pharmacies.create({ ...pharmacyInput('X/1'), governorate: '88' as never }))).toBe('VALIDATION_FAILED');
    expect(await codeOf(s.pharmacies.create(pharmacyInput('??')))).toBe('INVALID_LICENCE_NUMBER');
    expect(await codeOf(s.pharmacies.create({ ...pharmacyInput('GZ-1'), iban: 'GB82WEST12345698765432' }))).toBe('INVALID_IBAN');
    expect(await codeOf(s.pharmacies.create({ ...pharmacyInput('GZ-2'), commercialRegistration: 'CR-1' }))).toBe('INVALID_COMMERCIAL_REGISTRATION');
    expect(await codeOf(s.pharmacies.suspend({ pharmacyId: 'ph-nope', reason: 'x' }))).toBe('PHARMACY_NOT_FOUND');
  });
});

describe('the demo pharmacies', () => {
  it('are registered and active aggregates, with licence and masked IBAN projected', async () => {
    const got = await (await support()).pharmacies.get({ pharmacyId: 'ph-ezaby-maadi' });
    expect(got.pharmacy).toMatchObject({ status: 'active', licenceNumber: 'CAI-10231', governorate: '01', version: 2 });
    expect(got.pharmacists.map((p) => p.id)).toContain('u-pharmacist');
  });
});
