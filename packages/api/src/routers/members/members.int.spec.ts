import { demoMedCards } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restV1Handler } from '../../rest/v1/handler';
import { apiHarness, type Harness } from '../../testing/harness';

/*
 * Organizations enroll members over REST v1 with their own integration tokens: one by one and in bulk,
 * idempotently, and never see or act on another organization's members.
 */

const AHMED = { phone: '+201001234567', nationalId: '28503140101235' };
const MONA_PHONE = '+201112345678';
let serial = 1;
/** A fresh person: a valid national ID (born 1990-01-01) and mobile nobody holds. */
const person = (externalId: string) => {
  const n = serial++;
  return { externalId, nationalId: `290010101${String(n).padStart(4, '0')}5`, phone: `+20155${String(n).padStart(7, '0')}`, nameEn: 'New Member', nameAr: 'عضو جديد' };
};

let h: Harness;
let rest: (req: Request) => Promise<Response>;
let acme = '';
let nile = '';

type Json = Record<string, unknown> & { error?: { code: string; message: string } };
async function call(method: 'GET' | 'POST', path: string, token: string, body?: unknown) {
  const res = await rest(new Request(`http://127.0.0.1/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  }));
  return { status: res.status, json: (await res.json()) as Json };
}
const count = async (sql: string, params: unknown[] = []) => Number((await h.services.pool.query<{ n: string }>(sql, params)).rows[0]?.n);
const totals = async () => ({
  users: await count('SELECT count(*) AS n FROM users'),
  members: await count('SELECT count(*) AS n FROM members'),
  events: await count('SELECT count(*) AS n FROM events'),
});

beforeAll(async () => {
  h = await apiHarness();
  rest = restV1Handler(h.services);
  const admin = await h.as('u-admin');
  for (const [id, kind, name] of [['acme', 'employer', 'Acme Egypt'], ['nile-insurance', 'insurer', 'Nile Insurance']] as const) {
    await admin.organizations.create({ id, kind, name, nameAr: 'شركة' });
  }
  acme = (await admin.organizations.issueToken({ organizationId: 'acme', name: 'acme hr' })).token;
  nile = (await admin.organizations.issueToken({ organizationId: 'nile-insurance', name: 'nile' })).token;
});
afterAll(() => h?.close());

describe('POST /api/v1/members', () => {
  it('creates the patient (national ID never in clear) and opens their wallet; the same body again is the same member, nothing new', async () => {
    const p = person('EMP-1');
    const first = await call('POST', '/members', acme, p);
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ organizationId: 'acme', externalId: 'EMP-1', outcome: 'created', patient: 'created', nationalIdMasked: '2900101*****' + p.nationalId.slice(-2) });
    const userId = first.json.userId as string;
    const row = await h.services.pool.query('SELECT * FROM users WHERE id = $1', [userId]);
    expect(row.rows[0]).toMatchObject({ role: 'patient', phone: p.phone, national_id: null });
    expect(JSON.stringify(row.rows[0])).not.toContain(p.nationalId);

    await h.project();
    expect(await (await h.as(userId)).wallet.mine()).toEqual([expect.objectContaining({ status: 'active', balance: 0 })]);

    const before = await totals();
    const again = await call('POST', '/members', acme, p);
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ userId, outcome: 'matched' });
    expect(await totals()).toEqual(before);
    expect((await call('GET', '/members/EMP-1', acme)).json).toMatchObject({ userId, externalId: 'EMP-1' });
  });

  it('matches an existing patient only by national ID AND mobile; one without the other is a conflict that names nobody', async () => {
    const matched = await call('POST', '/members', acme, { ...person('EMP-AHMED'), ...AHMED });
    expect(matched).toMatchObject({ status: 201, json: { userId: 'u-ahmed', patient: 'existing', outcome: 'created' } });

    for (const clash of [{ nationalId: AHMED.nationalId }, { phone: MONA_PHONE }, { nationalId: AHMED.nationalId, phone: MONA_PHONE }]) {
      const r = await call('POST', '/members', nile, { ...person(`NILE-${serial}`), ...clash });
      expect(r.status, JSON.stringify(clash)).toBe(409);
      expect(r.json.error?.code).toBe('IDENTITY_MISMATCH');
      expect(JSON.stringify(r.json)).not.toMatch(/u-ahmed|u-mona|أحمد|منى|\+2010012|\+2011123/);
    }
  });

  it('refuses an externalId for another person, and a person under a second externalId', async () => {
    const p = person('EMP-2');
    await call('POST', '/members', acme, p);
    expect(await call('POST', '/members', acme, { ...person('EMP-2') })).toMatchObject({ status: 409, json: { error: { code: 'MEMBER_CONFLICT' } } });
    expect(await call('POST', '/members', acme, { ...p, externalId: 'EMP-2-BIS' })).toMatchObject({ status: 409, json: { error: { code: 'MEMBER_CONFLICT' } } });
    // Another organization may enroll the same person under its own id.
    expect(await call('POST', '/members', nile, { ...p, externalId: 'POL-2' })).toMatchObject({ status: 201, json: { patient: 'existing' } });
  });

  it('two concurrent enrollments of the same new person make one patient and one member', async () => {
    const p = person('EMP-RACE');
    const [a, b] = await Promise.all([call('POST', '/members', acme, p), call('POST', '/members', acme, p)]);
    expect([a.status, b.status].sort(), JSON.stringify([a.json, b.json])).toEqual([200, 201]);
    expect(a.json.userId).toBe(b.json.userId);
    expect(await count('SELECT count(*) AS n FROM users WHERE phone = $1', [p.phone])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM members WHERE organization_id = 'acme' AND external_id = 'EMP-RACE'`)).toBe(1);
  });

  it('answers bad input with VALIDATION_FAILED', async () => {
    expect((await call('POST', '/members', acme, { ...person('EMP-X'), nationalId: '123' })).json.error?.code).toBe('VALIDATION_FAILED');
    expect((await call('POST', '/members', acme, { ...person('EMP-X'), surprise: 1 })).status).toBe(400);
  });
});

describe('the seed call and cards', () => {
  it('POST /medcards {"userId": "test-user-1", …} works as written once test-user-1 is enrolled', async () => {
    const seedCall = { userId: 'test-user-1', cardType: 'gold', monthlyLimit: 5000 };
    expect(await call('POST', '/medcards', acme, seedCall)).toMatchObject({ status: 404, json: { error: { code: 'MEMBER_NOT_FOUND' } } });
    const member = await call('POST', '/members', acme, person('test-user-1'));
    const card = await call('POST', '/medcards', acme, seedCall);
    expect(card.status).toBe(201);
    expect(card.json).toMatchObject({ status: 'active', tier: 'gold', monthlyLimit: '5000.00', holder: { userId: member.json.userId } });
    await h.project();
    const cardId = card.json.cardId as string;
    expect((await call('GET', `/medcards/${cardId}`, acme)).status).toBe(200);
    // Another organization: its member? No: not found, exactly like a card that does not exist.
    expect(await call('GET', `/medcards/${cardId}`, nile)).toMatchObject({ status: 404, json: { error: { code: 'CARD_NOT_FOUND' } } });
    expect(await call('POST', `/medcards/${cardId}/beneficiaries`, nile, { relationship: 'child', name: 'Child', nationalId: '31802150100015' })).toMatchObject({ status: 404 });
    expect(await call('POST', `/medcards/${cardId}/beneficiaries`, acme, { relationship: 'child', name: 'Child', nationalId: '31802150100015' })).toMatchObject({ status: 201 });
  });

  it('an organization token cannot see or act on other organizations’ members or on non-members’ cards', async () => {
    await call('POST', '/members', acme, person('ACME-ONLY'));
    expect(await call('GET', '/members/ACME-ONLY', nile)).toMatchObject({ status: 404, json: { error: { code: 'MEMBER_NOT_FOUND' } } });
    expect(await call('GET', '/members?organizationId=acme', nile)).toMatchObject({ status: 403 });
    expect(((await call('GET', '/members', nile)).json.items as { externalId: string }[]).map((m) => m.externalId)).not.toContain('ACME-ONLY');
    expect(await call('POST', '/medcards', nile, { userId: 'ACME-ONLY', cardType: 'silver' })).toMatchObject({ status: 404, json: { error: { code: 'MEMBER_NOT_FOUND' } } });
    expect(await call('POST', '/medcards', nile, { userId: 'u-omar', cardType: 'silver' })).toMatchObject({ status: 404 });
    expect(await call('GET', `/medcards/${demoMedCards.omar.cardId}`, nile)).toMatchObject({ status: 404, json: { error: { code: 'CARD_NOT_FOUND' } } });
    expect(await call('GET', `/medcards/${demoMedCards.omar.cardId}/beneficiaries`, nile)).toMatchObject({ status: 404 });
    expect(await call('POST', '/members', nile, { ...person('X'), organizationId: 'acme' })).toMatchObject({ status: 403 });
    expect(await call('POST', '/members/bulk', nile, { organizationId: 'acme', rows: [person('X')] })).toMatchObject({ status: 403 });
    // Everything else is forbidden.
    for (const [method, path] of [['GET', '/medcards'], ['GET', '/analytics/claim-outcomes'], ['GET', '/pharmacies/ph-ezaby-maadi/claims'], ['GET', '/me/medcards']] as const) {
      expect((await call(method, path, nile)).status, path).toBe(403);
    }
  });
});

describe('POST /api/v1/members/bulk', () => {
  it('reports every row in order, applies the good ones, and the same body twice creates nothing new and no second card', async () => {
    const good = [person('B-1'), person('B-2'), person('B-3')];
    const rows = [
      { ...good[0], card: { tier: 'silver', monthlyLimit: '1500.50', copaymentPercent: 20 }, family: [{ relationship: 'child', nationalId: '31802150100025', name: 'Bulk Child' }] },
      { ...good[1], nationalId: '12345' },
      good[2],
      { externalId: 'B-4', phone: '+201551234567' },
      { ...person('B-1') },
      'not an object',
      { ...good[2] },
      { ...good[1], card: { tier: 'platinum-plus' } },
    ];
    const first = await call('POST', '/members/bulk', acme, { rows });
    expect(first.status).toBe(200);
    const results = first.json.results as { row: number; outcome: string; code: string | null; cardId: string | null }[];
    expect(results.map((r) => [r.row, r.outcome, r.code])).toEqual([
      [1, 'created', null],
      [2, 'error', 'VALIDATION_FAILED'],
      [3, 'created', null],
      [4, 'error', 'VALIDATION_FAILED'],
      [5, 'error', 'MEMBER_CONFLICT'],
      [6, 'error', 'VALIDATION_FAILED'],
      [7, 'matched', null],
      [8, 'error', 'VALIDATION_FAILED'],
    ]);
    expect(first.json.summary).toEqual({ rows: 8, created: 2, matched: 1, errors: 5, cardsIssued: 1 });
    const cardId = results[0]?.cardId as string;
    expect(cardId).toMatch(/^HP-\d{10}$/);
    // National IDs (the member's and the family's) are nowhere in clear: not in users, members or the card's events.
    for (const nationalId of [good[0]?.nationalId, '31802150100025']) {
      expect(await count(`SELECT count(*) AS n FROM events WHERE event_data::text LIKE '%' || $1 || '%'`, [nationalId])).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM users u JOIN members m ON m.user_id = u.id WHERE row_to_json(u)::text LIKE '%' || $1 || '%' OR row_to_json(m)::text LIKE '%' || $1 || '%'`, [nationalId])).toBe(0);
    }

    const before = await totals();
    const cards = await count(`SELECT count(*) AS n FROM events WHERE event_type = 'MedCardIssued'`);
    const second = await call('POST', '/members/bulk', acme, { rows });
    const again = second.json.results as { outcome: string; cardId: string | null }[];
    expect(again.map((r) => r.outcome)).toEqual(['matched', 'error', 'matched', 'error', 'error', 'error', 'matched', 'error']);
    expect(again[0]?.cardId).toBe(cardId);
    expect(await totals()).toEqual(before);
    expect(await count(`SELECT count(*) AS n FROM events WHERE event_type = 'MedCardIssued'`)).toBe(cards);

    await h.project();
    const card = await (await h.as('u-admin')).medcard.get({ cardId });
    expect(card).toMatchObject({ tier: 'silver', monthlyLimit: 150050, copaymentPercent: 20 });
    expect(card.beneficiaries.map((b) => b.relationship).sort()).toEqual(['child', 'self']);
  });

  it('issues no card to a patient who already holds one (one card per person), but enrolls them', async () => {
    const r = await call('POST', '/members/bulk', nile, { rows: [{ externalId: 'NILE-AHMED', ...AHMED, nameEn: 'Ahmed Hassan', card: { tier: 'gold' } }] });
    expect((r.json.results as unknown[])[0]).toMatchObject({ outcome: 'error', code: 'HOLDER_HAS_CARD', userId: 'u-ahmed', cardId: null });
    expect(await call('GET', '/members/NILE-AHMED', nile)).toMatchObject({ status: 200, json: { userId: 'u-ahmed' } });
  });

  it('staff enroll under HealthPay’s organization; only a superadmin names another', async () => {
    const support = await h.as('u-support');
    const r = await support.members.bulk({ rows: [person('HP-1')] });
    expect(r).toMatchObject({ organizationId: 'healthpay', summary: { created: 1 } });
    await expect(support.members.bulk({ organizationId: 'acme', rows: [person('HP-2')] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const admin = await h.as('u-admin');
    expect(await admin.members.bulk({ organizationId: 'acme', rows: [person('HP-3')] })).toMatchObject({ organizationId: 'acme', summary: { created: 1 } });
    // Staff address HealthPay's members by externalId on card issue when no user has that id.
    expect(await admin.medcard.issue({ userId: 'HP-1', tier: 'silver' })).toMatchObject({ holder: { userId: r.results[0]?.userId } });
  });
});
