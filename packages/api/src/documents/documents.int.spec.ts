import { MAX_DOCUMENT_BYTES } from '@healthpay/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_USER_HEADER } from '../auth/dev-actor';
import { apiHarness, type Harness } from '../testing/harness';
import { tinyPdf, tinyPng } from '../testing/documents';
import { documentDownloadHandler } from './http/download-handler';
import { documentUploadHandler } from './http/upload-handler';
import { pruneUnattachedDocuments } from './prune';
import { uploadsPerUser } from './upload-rate-limit';
import { documentKey } from './storage/safe-key';

/** Issue 10 item 12: claim documents are stored files, opened inline by reviewers, every open audited. */
let h: Harness;
let cardId: string;

beforeAll(async () => {
  h = await apiHarness();
  const card = await (await h.as('u-admin')).medcard.issue({
    userId: 'u-omar', tier: 'gold', activate: true, insurance: { provider: 'AXA Egypt', policyNumber: 'AXA-DOCS' }, secondCardReason: 'insured test card',
  });
  cardId = card.cardId;
});
afterAll(() => h.close());

const upload = async (userId: string, bytes: Uint8Array<ArrayBuffer>, name = 'invoice.pdf', portal: 'merchant' | 'admin' = 'merchant') => {
  const res = await documentUploadHandler(portal, h.services)(new Request(`http://127.0.0.1/api/documents`, {
    method: 'POST', headers: { [DEV_USER_HEADER]: userId, 'x-file-name': encodeURIComponent(name), 'content-type': 'application/pdf' }, body: bytes,
  }));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { code: string } } };
};
const open = (userId: string, documentId: string, portal: 'merchant' | 'admin' | 'web' = 'admin') =>
  documentDownloadHandler(portal, h.services)(new Request(`http://127.0.0.1/api/documents/${documentId}`, { headers: { [DEV_USER_HEADER]: userId } }));
const opens = async (documentId: string) =>
  (await h.services.pool.query<{ actor_id: string; result: string; details: Record<string, string> }>(
    `SELECT actor_id, result, details FROM audit_log WHERE action = 'documents.open' AND aggregate_id = $1 ORDER BY id`, [documentId],
  )).rows.map((r) => ({ actor: r.actor_id, result: r.result, claimId: r.details.claimId ?? null }));

describe('upload → file → the reviewer opens it', () => {
  it('stores a PDF, files the claim with it, and streams it back inline to the reviewer (audited)', async () => {
    const up = await upload('u-pharmacist', tinyPdf('rx 1'), 'فاتورة.pdf');
    expect(up).toMatchObject({ status: 201, body: { name: 'فاتورة.pdf', contentType: 'application/pdf', size: tinyPdf('rx 1').byteLength, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const documentId = up.body.documentId as string;

    const filed = await (await h.as('u-pharmacist')).insurance.file({ cardId, amount: 1_000, documentIds: [documentId] });
    expect(filed.documents).toEqual([{ documentId, name: 'فاتورة.pdf', contentType: 'application/pdf', size: up.body.size, sha256: up.body.sha256 }]);

    const res = await open('u-reviewer', documentId);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(tinyPdf('rx 1'));
    expect(Object.fromEntries(['content-type', 'x-content-type-options', 'cache-control'].map((k) => [k, res.headers.get(k)])))
      .toEqual({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
    expect(res.headers.get('content-disposition')).toMatch(/^inline; .*filename\*=UTF-8''%D9%81/);
    expect(res.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/);
    // The uploading pharmacy (any of its pharmacists) and the card's own patient may open it too.
    expect((await open('u-pharmacist', documentId, 'merchant')).status).toBe(200);
    expect((await open('u-omar', documentId, 'web')).status).toBe(200);

    expect(await opens(documentId)).toEqual([
      { actor: 'u-reviewer', result: 'ok', claimId: filed.claimId },
      { actor: 'u-pharmacist', result: 'ok', claimId: filed.claimId },
      { actor: 'u-omar', result: 'ok', claimId: filed.claimId },
    ]);
  });

  it('another pharmacy, another patient, staff who do not review claims: not found (and audited)', async () => {
    const { body } = await upload('u-pharmacist', tinyPng(), 'scan.png');
    const documentId = body.documentId as string;
    // Before filing, only its uploader sees it.
    expect((await open('u-reviewer', documentId)).status).toBe(404);
    expect((await open('u-pharmacist', documentId, 'merchant')).status).toBe(200);
    const filed = await (await h.as('u-pharmacist')).insurance.file({ cardId, amount: 500, documentIds: [documentId] });
    for (const [user, portal] of [['u-pharmacist-seif', 'merchant'], ['u-ahmed', 'web'], ['u-finance', 'admin'], ['u-support', 'admin']] as const) {
      const res = await open(user, documentId, portal);
      expect([user, res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([user, 404, 'DOCUMENT_NOT_FOUND']);
    }
    expect((await opens(documentId)).filter((o) => o.result === 'DOCUMENT_NOT_FOUND').map((o) => o.actor)).toEqual(['u-reviewer', 'u-pharmacist-seif', 'u-ahmed', 'u-finance', 'u-support']);
    expect(filed.status).toBe('submitted');
    expect((await open('u-reviewer', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await open('u-reviewer', '..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    const anonymous = await documentDownloadHandler('admin', h.services)(new Request(`http://127.0.0.1/api/documents/${documentId}`));
    expect(anonymous.status).toBe(401);
  });

  it('a document is evidence for one claim, attached only by whoever uploaded it', async () => {
    const { body } = await upload('u-pharmacist', tinyPdf('once'));
    const documentId = body.documentId as string;
    const seif = await h.as('u-pharmacist-seif');
    await expect(seif.insurance.file({ cardId, amount: 100, documentIds: [documentId] })).rejects.toMatchObject({ cause: { code: 'DOCUMENT_NOT_FOUND' } });
    const pharmacist = await h.as('u-pharmacist');
    await pharmacist.insurance.file({ cardId, amount: 100, documentIds: [documentId] });
    await expect(pharmacist.insurance.file({ cardId, amount: 100, documentIds: [documentId] })).rejects.toMatchObject({ code: 'CONFLICT', cause: { code: 'DOCUMENT_ALREADY_ATTACHED' } });
    await expect(pharmacist.insurance.file({ cardId, amount: 100, documentIds: ['not-an-id'] })).rejects.toMatchObject({ cause: { code: 'VALIDATION_FAILED' } });
  });
});

describe('what the upload route refuses (typed 4xx, never a 500)', () => {
  it('refuses a file over 5 MiB with 413 and a non-PDF/JPEG/PNG with 415, storing nothing', async () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(tinyPdf());
    expect(await upload('u-pharmacist', big)).toMatchObject({ status: 413, body: { error: { code: 'DOCUMENT_TOO_LARGE' } } });
    expect(await upload('u-pharmacist', new TextEncoder().encode('<svg onload="alert(1)"/>'), 'x.pdf')).toMatchObject({ status: 415, body: { error: { code: 'DOCUMENT_TYPE_NOT_ALLOWED' } } });
    expect(await upload('u-pharmacist', new Uint8Array(0))).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    const stored = await h.services.pool.query(`SELECT count(*)::int AS n FROM events WHERE aggregate_type = 'document' AND event_data->>'name' = 'x.pdf'`);
    expect(stored.rows[0]).toEqual({ n: 0 });
  });

  it('patients and staff who do not file claims may not upload; anonymous callers must sign in', async () => {
    expect((await upload('u-ahmed', tinyPdf())).status).toBe(403);
    expect((await upload('u-finance', tinyPdf(), 'a.pdf', 'admin')).status).toBe(403);
    expect((await upload('u-reviewer', tinyPdf(), 'a.pdf', 'admin')).status).toBe(201);
    const res = await documentUploadHandler('merchant', h.services)(new Request('http://127.0.0.1/api/documents', { method: 'POST', body: tinyPdf() }));
    expect(res.status).toBe(401);
  });

  it('limits uploads per user per hour (429 with Retry-After), before reading the body', async () => {
    const { limit } = uploadsPerUser('u-pharmacist-seif');
    const statuses = [];
    for (let i = 0; i < limit; i++) statuses.push((await upload('u-pharmacist-seif', tinyPdf(`n${i}`))).status);
    expect(statuses.every((s) => s === 201)).toBe(true);
    const res = await documentUploadHandler('merchant', h.services)(new Request('http://127.0.0.1/api/documents', {
      method: 'POST', headers: { [DEV_USER_HEADER]: 'u-pharmacist-seif' }, body: tinyPdf(),
    }));
    expect([res.status, Number(res.headers.get('retry-after')) > 0]).toEqual([429, true]);
  });

  it('refuses a cross-site upload carrying a session cookie', async () => {
    const res = await documentUploadHandler('merchant', h.services)(new Request('http://127.0.0.1/api/documents', {
      method: 'POST', headers: { [DEV_USER_HEADER]: 'u-pharmacist', origin: 'https://evil.example', cookie: 'x=1' }, body: tinyPdf(),
    }));
    expect(res.status).toBe(403);
  });
});

describe('the pharmacy portal lists its own claims', () => {
  it('shows its claims (with the reviewer’s note), none of another pharmacy’s', async () => {
    const { body } = await upload('u-pharmacist', tinyPdf('to return'));
    const filed = await (await h.as('u-pharmacist')).insurance.file({ cardId, amount: 700, documentIds: [body.documentId as string] });
    await (await h.as('u-reviewer')).insurance.review({ cardId, claimId: filed.claimId, decision: 'return', note: 'Attach the stamped receipt' });
    await h.project();
    const mine = await (await h.as('u-pharmacist')).insurance.mine({});
    expect(mine.items[0]).toMatchObject({ claimId: filed.claimId, status: 'returned', reviewNote: 'Attach the stamped receipt', documents: [{ documentId: body.documentId }] });
    expect(mine.items.length).toBeGreaterThanOrEqual(4);
    expect((await (await h.as('u-pharmacist')).insurance.mine({ status: 'returned' })).items.map((c) => c.claimId)).toEqual([filed.claimId]);
    expect(mine.items.every((c) => c.cardId === cardId && c.filedByRole === 'pharmacy')).toBe(true);
    expect((await (await h.as('u-pharmacist-seif')).insurance.mine({})).items).toEqual([]);
  });
});

describe('unattached uploads are pruned after a day', () => {
  it('discards an upload never filed (event + bytes), keeps attached ones and fresh ones', async () => {
    const stale = (await upload('u-pharmacist', tinyPdf('never filed'))).body.documentId as string;
    const filedDoc = (await upload('u-pharmacist', tinyPdf('filed'))).body.documentId as string;
    await (await h.as('u-pharmacist')).insurance.file({ cardId, amount: 300, documentIds: [filedDoc] });
    expect(await pruneUnattachedDocuments(h.services, new Date())).toBe(0);

    const dayLater = new Date(Date.now() + 25 * 3_600_000);
    expect(await pruneUnattachedDocuments(h.services, dayLater)).toBeGreaterThanOrEqual(1);
    expect(await h.services.documents.get(documentKey(stale))).toBeNull();
    expect((await open('u-pharmacist', stale, 'merchant')).status).toBe(404);
    await expect((await h.as('u-pharmacist')).insurance.file({ cardId, amount: 300, documentIds: [stale] })).rejects.toMatchObject({ cause: { code: 'DOCUMENT_NOT_FOUND' } });
    expect((await open('u-reviewer', filedDoc)).status).toBe(200);
    // A second sweep finds nothing more to do for them.
    await pruneUnattachedDocuments(h.services, dayLater);
    expect((await open('u-reviewer', filedDoc)).status).toBe(200);
  });
});
