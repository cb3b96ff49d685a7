import { demoMedCards } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadAs } from '../../testing/documents';
import { apiHarness, type Harness } from '../../testing/harness';
import { restServer } from '../../testing/rest-server';
import { restRoutes } from './routes';

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

type Json = Record<string, unknown> & { error?: { code: string; message: string; fieldErrors: { path: string }[]; details: unknown } };
async function call(method: 'GET' | 'POST', path: string, opts: { token?: string | null; body?: string; headers?: Record<string, string> } = {}) {
  const token = opts.token === undefined ? 'dev-u-admin' : opts.token;
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }), ...opts.headers },
    body: opts.body,
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Json };
}

// The two examples exactly as an outside system writes them (raw JSON text, so `350.00` is sent as written).
// Omar holds a seeded card already: each card these specs issue him is a deliberate second one.
const CREATE = '{ "userId": "u-omar", "cardType": "gold", "monthlyLimit": 5000, "secondCardReason": "REST spec: another card for Omar" }';
const claimJson = (beneficiaryId: string, prescriptionId = 'RX-REST-0001') => `{
  "prescriptionId": "${prescriptionId}",
  "pharmacyId": "ph-ezaby-maadi",
  "beneficiaryId": "${beneficiaryId}",
  "totalAmount": 350.00,
  "items": [
    { "drugCode": "EG-AUG1G", "drugName": "Augmentin 1 g (14 tablets)", "quantity": 2, "unitPrice": 112.50, "totalPrice": 225.00 },
    { "drugCode": "EG-PAN500", "drugName": "Panadol 500 mg (24 tablets)", "quantity": 1, "unitPrice": 125.00, "totalPrice": 125.00 }
  ]
}`;

describe('the REST examples as written', () => {
  let card: Json;

  it('POST /api/v1/medcards creates a gold card for u-omar with a 5,000 EGP monthly limit', async () => {
    const res = await call('POST', '/medcards', { body: CREATE });
    expect(res.status).toBe(201);
    card = res.json;
    expect(card).toMatchObject({
      status: 'active', tier: 'gold', monthlyLimit: '5000.00', monthlyLimitPiasters: 500_000, copaymentPercent: 20,
      remainingBenefit: '5000.00', remainingBenefitPiasters: 500_000, holder: { userId: 'u-omar', name: 'Omar Khaled' },
    });
    expect(card.cardId).toMatch(/^HP-\d{10}$/);
  });

  it('POST /api/v1/medcards/:id/claims/prescriptions claims 350.00 with items summing to it', async () => {
    const holder = (card.holder as { beneficiaryId: string }).beneficiaryId;
    const res = await call('POST', `/medcards/${String(card.cardId)}/claims/prescriptions`, { token: 'dev-u-pharmacist', body: claimJson(holder) });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      status: 'approved', pharmacyId: 'ph-ezaby-maadi', rejection: null,
      submitted: '350.00', submittedPiasters: 35_000, eligible: '350.00', copay: '70.00', copayPiasters: 7_000,
      benefit: '280.00', benefitPiasters: 28_000, remainingAfter: '4720.00', remainingAfterPiasters: 472_000,
    });
    expect(res.json.lines).toEqual([
      expect.objectContaining({ lineNo: 1, drugCode: 'EG-AUG1G', unitPrice: '112.50', unitPricePiasters: 11_250, totalPrice: '225.00', benefit: '180.00', limitedByMonthlyLimit: false, uncappedBenefit: null, uncappedBenefitPiasters: null }),
      expect.objectContaining({ lineNo: 2, drugCode: 'EG-PAN500', totalPrice: '125.00', copay: '25.00', benefit: '100.00' }),
    ]);
    // The same submission again: the first answer, nothing new recorded.
    const events = (await h.services.store.readStream(String(card.cardId))).length;
    const again = await call('POST', `/medcards/${String(card.cardId)}/claims/prescriptions`, { token: 'dev-u-pharmacist', body: claimJson(holder) });
    expect(again).toMatchObject({ status: 200, json: res.json });
    expect((await h.services.store.readStream(String(card.cardId))).length).toBe(events);
  });

  it('GET /api/v1/medcards/:id and /claims read them back (after projection)', async () => {
    await h.project();
    const got = await call('GET', `/medcards/${String(card.cardId)}`);
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({ cardId: card.cardId, benefitUsed: '280.00', remainingBenefit: '4720.00', beneficiaries: [{ relationship: 'self', nationalIdMasked: '2920615*****57' }] });
    const claims = await call('GET', `/medcards/${String(card.cardId)}/claims?limit=10`);
    expect(claims.status).toBe(200);
    expect(claims.json).toMatchObject({ nextCursor: null, items: [{ prescriptionId: 'RX-REST-0001', status: 'approved', benefit: '280.00', pharmacyName: 'El Ezaby Pharmacy – Maadi' }] });
  });

  it('a line dispensed too soon is rejected on its own: the other lines are paid, each line says its outcome', async () => {
    const holder = (card.holder as { beneficiaryId: string }).beneficiaryId;
    const body = `{ "prescriptionId": "RX-REST-0002", "beneficiaryId": "${holder}", "totalAmount": 275.00, "items": [
      { "drugCode": "EG-AUG1G", "drugName": "Augmentin 1 g (14 tablets)", "quantity": 2, "unitPrice": 112.50, "totalPrice": 225.00 },
      { "drugCode": "EG-CONCOR5", "drugName": "Concor 5 mg", "quantity": 1, "unitPrice": 50.00, "totalPrice": 50.00 } ] }`;
    const res = await call('POST', `/medcards/${String(card.cardId)}/claims/prescriptions`, { token: 'dev-u-pharmacist', body });
    expect(res).toMatchObject({ status: 200, json: { status: 'approved', rejection: null, submitted: '275.00', eligible: '50.00', copay: '10.00', benefit: '40.00' } });
    expect(res.json.lines).toEqual([
      expect.objectContaining({ drugCode: 'EG-AUG1G', benefit: '0.00', rejection: { code: 'REFILL_TOO_SOON', details: { earliestRefillDate: expect.any(String) } } }),
      expect.objectContaining({ drugCode: 'EG-CONCOR5', benefit: '40.00', rejection: null }),
    ]);
    await h.project();
    const read = await call('GET', `/medcards/${String(card.cardId)}/claims?limit=10`);
    const items = read.json.items as { prescriptionId: string; lines: { rejection: { code: string } | null }[] }[];
    expect(items.find((c) => c.prescriptionId === 'RX-REST-0002')?.lines.map((l) => l.rejection?.code ?? null)).toEqual(['REFILL_TOO_SOON', null]);
  });
});

describe('REST money and shapes', () => {
  it('takes pounds as numbers or strings with up to 2 decimals, and refuses more', async () => {
    const ok = await call('POST', '/medcards', { body: '{ "userId": "u-omar", "cardType": "silver", "monthlyLimit": "1234.5", "activate": false, "secondCardReason": "REST spec: another card for Omar" }' });
    expect(ok).toMatchObject({ status: 201, json: { status: 'pending', monthlyLimit: '1234.50', monthlyLimitPiasters: 123_450 } });
    const cents = await call('POST', '/medcards', { body: '{ "userId": "u-omar", "cardType": "silver", "monthlyLimit": 19.99, "secondCardReason": "REST spec: another card for Omar" }' });
    expect(cents.json).toMatchObject({ monthlyLimitPiasters: 1_999 });
    for (const bad of ['5000.001', '-5', '"12,50"', '"1e3"', '0', '"abc"', 'null', '"5000.001"', '123456789012345.67']) {
      const res = await call('POST', '/medcards', { body: `{ "userId": "u-omar", "cardType": "gold", "monthlyLimit": ${bad} }` });
      expect({ bad, status: res.status, code: res.json.error?.code, paths: res.json.error?.fieldErrors.map((f) => f.path) })
        .toEqual({ bad, status: 400, code: 'VALIDATION_FAILED', paths: ['monthlyLimit'] });
    }
  });

  it('refuses unknown fields, a missing holder national ID, and an unknown user, as 400 with field errors', async () => {
    const typo = await call('POST', '/medcards', { body: '{ "userId": "u-omar", "cardType": "gold", "monthlylimit": 5000 }' });
    expect(typo).toMatchObject({ status: 400, json: { error: { code: 'VALIDATION_FAILED' } } });
    const nobody = await call('POST', '/medcards', { body: '{ "userId": "u-nobody", "cardType": "gold" }' });
    expect(nobody).toMatchObject({ status: 400, json: { error: { fieldErrors: [{ path: 'userId' }] } } });
  });

  it('a claim whose total is not the sum of its items is 400 INVALID_CLAIM', async () => {
    const { cardId, self } = demoMedCards.omar;
    const body = claimJson(self, 'RX-REST-BAD').replace('"totalAmount": 350.00', '"totalAmount": 350.01');
    const res = await call('POST', `/medcards/${cardId}/claims/prescriptions`, { token: 'dev-u-pharmacist', body });
    expect(res).toMatchObject({ status: 400, json: { error: { code: 'INVALID_CLAIM', details: { reason: 'TOTAL_MISMATCH' } } } });
  });

  it('Idempotency-Key: a retried card creation returns the first card', async () => {
    const headers = { 'idempotency-key': 'rest-issue-0001' };
    const first = await call('POST', '/medcards', { body: CREATE, headers });
    const again = await call('POST', '/medcards', { body: CREATE, headers });
    expect(again).toMatchObject({ status: 201, json: first.json });
    const other = await call('POST', '/medcards', { body: CREATE.replace('5000', '6000'), headers });
    expect(other).toMatchObject({ status: 409, json: { error: { code: 'IDEMPOTENCY_KEY_REUSED' } } });
  });

  it('insurance: file, queue, review', async () => {
    const { cardId } = demoMedCards.ahmed;
    const filed = await call('POST', `/medcards/${cardId}/claims/insurance`, {
      body: `{ "amount": 34.60, "documentIds": ["${(await uploadAs(h.services, 'u-admin')).documentId}"], "prescriptionId": "RX-DEMO-1001" }`,
    });
    expect(filed).toMatchObject({ status: 201, json: { status: 'submitted', amount: '34.60', amountPiasters: 3_460, approvedAmount: null, approvedAmountPiasters: null } });
    await h.project();
    const queue = await call('GET', `/claims/insurance?cardId=${cardId}`);
    expect((queue.json.items as { claimId: string }[]).map((c) => c.claimId)).toContain(filed.json.claimId);
    const reviewed = await call('POST', `/medcards/${cardId}/claims/insurance/${String(filed.json.claimId)}/review`, { body: '{ "decision": "approve", "approvedAmount": 30 }' });
    expect(reviewed).toMatchObject({ status: 200, json: { status: 'approved', approvedAmount: '30.00' } });
  });

  it('analytics for staff', async () => {
    const res = await call('GET', '/analytics/claim-outcomes');
    expect(res).toMatchObject({ status: 200, json: { approved: expect.any(Number), partial: expect.any(Number), rejected: expect.any(Number) } });
    const months = await call('GET', '/analytics/spend-by-month?from=2000-01');
    expect((months.json as unknown as { benefit: string }[]).every((m) => /^\d+\.\d\d$/.test(m.benefit))).toBe(true);
    expect((await call('GET', '/analytics/top-drugs?limit=0')).status).toBe(400);
  });
});

describe('REST auth', () => {
  it('no token is 401 with WWW-Authenticate; an unknown one too; a wrong role is 403; another’s card is 404', async () => {
    const anon = await call('GET', '/medcards', { token: null });
    expect(anon).toMatchObject({ status: 401, json: { error: { code: 'UNAUTHENTICATED' } } });
    expect(anon.headers.get('www-authenticate')).toBe('Bearer');
    expect((await call('GET', '/medcards', { token: 'not-a-dev-token' })).status).toBe(401);
    expect((await call('GET', '/medcards', { token: 'dev-u-nobody' })).status).toBe(401);
    expect((await call('GET', '/medcards', { token: 'dev-u-omar' })).json.error?.code).toBe('FORBIDDEN');
    // A patient with a malformed body still gets 403, not a validation answer.
    expect((await call('POST', '/medcards', { token: 'dev-u-omar', body: '{' })).status).toBe(403);
    expect((await call('GET', `/medcards/${demoMedCards.ahmed.cardId}`, { token: 'dev-u-omar' })).status).toBe(404);
    expect((await call('GET', `/medcards/${demoMedCards.ahmed.cardId}`, { token: 'dev-u-ahmed' })).status).toBe(200);
    expect((await call('GET', '/pharmacies/ph-seif-smouha/claims', { token: 'dev-u-pharmacist' })).status).toBe(403);
  });

  it('unknown paths are 404, a known path with the wrong method too (with the allowed ones)', async () => {
    expect((await call('GET', '/nope')).status).toBe(404);
    expect(await call('GET', '/medcards/HP-1000000172/status')).toMatchObject({ status: 404, json: { error: { details: { allow: ['POST'] } } } });
    expect((await call('GET', '/medcards/%E0%A4%A')).status).toBe(400);
  });
});

/** Malformed and hostile bodies, a fixed list. */
const junk = [
  '', '{', 'null', '[]', '"x"', '42', 'true', '{}', '{"items":null}', '{"totalAmount":1e309}', '{"monthlyLimit":-1}',
  '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', '{"userId":{"$ne":null}}', '\u0000\u0001', 'x'.repeat(10_000),
  '{"prescriptionId":"rx","beneficiaryId":"b","totalAmount":"1.001","items":[]}',
  '{"prescriptionId":"rx","beneficiaryId":"b","totalAmount":1,"items":[{"drugCode":"A","drugName":"A","quantity":1.5,"unitPrice":1,"totalPrice":1}]}',
  '{"decision":"approve","approvedAmount":"9007199254740993"}', '{"action":"suspend"}', '{"amount":1,"documents":[{"name":"","contentType":"x","size":-1}]}',
  // Text Postgres cannot store: must be refused before it reaches a (shared) group-commit batch.
  '{"action":"suspend","reason":"fraud \\u0000 review"}', '{"relationship":"child","name":"\\ud800","nationalId":"31802150101242"}',
  '{"drugCode":"A\\u0000","reason":"lost medication"}', '{"decision":"return","note":"\\udc00 fix"}',
];

describe('malformed REST requests are a 4xx with a code, never a 500', () => {
  const posts = restRoutes.filter((r) => r.method === 'POST');
  const fill = (path: string) => path.replace('{id}', demoMedCards.ahmed.cardId).replace(/\{\w+\}/g, 'x');

  it.each(posts.map((r) => [r.path] as const))('POST %s', async (path) => {
    for (const body of junk) {
      const res = await call('POST', fill(path), { body });
      expect({ body, status: res.status }).toEqual({ body, status: expect.toSatisfy((s: number) => s >= 400 && s < 500) });
      expect({ body, code: res.json.error?.code }).toEqual({ body, code: expect.not.stringMatching(/^INTERNAL$/) });
    }
  });

  it.each(restRoutes.filter((r) => r.method === 'GET').map((r) => [r.path] as const))('GET %s with junk parameters', async (path) => {
    for (const q of ['?limit=abc', '?limit=-1', '?cursor=%00%ff', '?query=%00', '?status=nope', '?from=2026-13-01', '?from=x&to=y', '?includeRemoved=maybe', '?cursor=HP-1']) {
      const res = await call('GET', `${fill(path).replace('/x', '/%20')}${q}`);
      expect({ q, status: res.status < 500 }).toEqual({ q, status: true });
      expect({ q, code: res.json.error?.code ?? 'none' }).toEqual({ q, code: expect.not.stringMatching(/^INTERNAL$/) });
    }
  });
});

describe('OpenAPI', () => {
  it('serves a 3.1 document with every route, built from the same schemas', async () => {
    const res = await call('GET', '/openapi.json', { token: null });
    expect(res.status).toBe(200);
    const doc = res.json as unknown as { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown> } }> }; responses: Record<string, unknown> }>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const r of restRoutes) expect(doc.paths[r.path]?.[r.method.toLowerCase()]).toBeDefined();
    const claim = doc.paths['/medcards/{id}/claims/prescriptions']?.post;
    expect(Object.keys(claim?.requestBody?.content['application/json']?.schema.properties ?? {})).toEqual(
      ['prescriptionId', 'pharmacyId', 'beneficiaryId', 'totalAmount', 'items'],
    );
    expect(JSON.stringify(claim?.responses['200'])).toContain('benefitPiasters');
  });
});
