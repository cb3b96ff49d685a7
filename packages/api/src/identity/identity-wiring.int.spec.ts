import { demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restV1Handler } from '../rest/v1/handler';
import { apiHarness, type Harness } from '../testing/harness';

const WALLET = demoWallets.ahmed.walletId;
const request = { ip: '203.0.113.7', userAgent: 'wiring-spec/1.0' };
const base = 'http://127.0.0.1/api/v1';

describe('identity wired into the API', () => {
  let h: Harness;
  let rest: (req: Request) => Promise<Response>;
  let token = '';
  let tokenId = '';
  const get = (path: string, bearer: string, headers: Record<string, string> = {}) =>
    rest(new Request(`${base}${path}`, { headers: { authorization: `Bearer ${bearer}`, ...headers } }));
  const auditRows = async (action: string) =>
    (await h.services.pool.query(`SELECT * FROM audit_log WHERE action = $1 ORDER BY id`, [action])).rows as Record<string, unknown>[];

  beforeAll(async () => {
    h = await apiHarness();
    await h.project();
    rest = restV1Handler(h.services);
  });
  afterAll(() => h?.close());

  it('tokens.issue/list/revoke are for staff only, and the secret is shown once', async () => {
    const pharmacist = await h.as('u-pharmacist');
    await expect(pharmacist.tokens.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const admin = await h.as('u-admin', { request });
    const issued = await admin.tokens.issue({ userId: 'u-pharmacist', pharmacyId: 'ph-ezaby-maadi', name: 'Pharmacy POS' });
    ({ token } = issued);
    tokenId = issued.apiToken.id;
    expect(issued.apiToken.expiresAt).not.toBeNull();
    const listed = await admin.tokens.list({ pharmacyId: 'ph-ezaby-maadi' });
    expect(listed.items.map((t) => t.id)).toContain(tokenId);
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it('REST v1 accepts a real API token, acting as its pharmacist', async () => {
    const res = await get('/pharmacies/ph-ezaby-maadi/claims', token);
    expect(res.status).toBe(200);
    expect((await get('/pharmacies/ph-other/claims', token)).status).toBe(403);
    expect((await get('/pharmacies/ph-ezaby-maadi/claims', 'hp_not-a-token')).status).toBe(401);
  });

  it('answers 429 with Retry-After past the per-token hourly limit', async () => {
    h.services.apiRateLimitPerHour = 3;
    const now = new Date('2027-01-01T10:59:00Z');
    h.services.clock = () => now;
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await get('/pharmacies/ph-ezaby-maadi/claims', token)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await get('/pharmacies/ph-ezaby-maadi/claims', token);
      expect(limited.headers.get('retry-after')).toBe('60');
      expect(await limited.json()).toMatchObject({ error: { code: 'RATE_LIMITED', details: { retryAfterSeconds: 60 } } });
      now.setTime(Date.parse('2027-01-01T11:00:00Z'));
      expect((await get('/pharmacies/ph-ezaby-maadi/claims', token)).status).toBe(200);
    } finally {
      h.services.apiRateLimitPerHour = 1000;
      h.services.clock = () => new Date();
    }
  });

  it('refuses a revoked token at once', async () => {
    const admin = await h.as('u-admin', { request });
    expect((await admin.tokens.revoke({ id: tokenId })).revokedAt).not.toBeNull();
    expect((await get('/pharmacies/ph-ezaby-maadi/claims', token)).status).toBe(401);
  });

  it('audits every command with who, role, result, IP and user agent — failures by their code', async () => {
    const admin = await h.as('u-admin', { request });
    await admin.wallet.credit({ walletId: WALLET, amount: 500, reference: 'audit spec' });
    await expect(admin.wallet.credit({ walletId: WALLET, amount: 500, reference: '' })).rejects.toBeDefined();
    const patient = await h.as('u-ahmed', { request });
    await expect(patient.wallet.debit({ walletId: WALLET, amount: 999_999_999, reference: 'too much' })).rejects.toMatchObject({ code: 'UNPROCESSABLE_CONTENT' });
    expect(await auditRows('wallet.credit')).toEqual([
      expect.objectContaining({ actor_id: 'u-admin', role: 'superadmin', aggregate_id: WALLET, result: 'ok', ip: request.ip, user_agent: request.userAgent }),
    ]);
    expect(await auditRows('wallet.debit')).toEqual([
      expect.objectContaining({ actor_id: 'u-ahmed', role: 'patient', aggregate_id: WALLET, result: expect.stringMatching(/^(INSUFFICIENT_FUNDS|DAILY_LIMIT_EXCEEDED|MONTHLY_LIMIT_EXCEEDED)$/) }),
    ]);
    expect(await auditRows('tokens.issue')).toHaveLength(1);
    expect(await auditRows('tokens.revoke')).toHaveLength(1);
  });

  it('audits staff reads of patient data, not patients reading their own', async () => {
    const admin = await h.as('u-admin', { request });
    await admin.wallet.get({ walletId: WALLET });
    await admin.wallet.history({ walletId: WALLET });
    await admin.wallet.events({ walletId: WALLET });
    await (await h.as('u-ahmed')).wallet.get({ walletId: WALLET });
    const rows = (await h.services.pool.query(`SELECT action, actor_id FROM audit_log WHERE action IN ('wallet.get', 'wallet.history', 'wallet.events')`)).rows;
    expect(rows).toEqual([
      { action: 'wallet.get', actor_id: 'u-admin' },
      { action: 'wallet.history', actor_id: 'u-admin' },
      { action: 'wallet.events', actor_id: 'u-admin' },
    ]);
  });

  it('audit.list filters and pages, for staff only, and never holds a token', async () => {
    await expect((await h.as('u-ahmed')).audit.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const admin = await h.as('u-admin');
    const byActor = await admin.audit.list({ actorId: 'u-admin', limit: 2 });
    expect(byActor.items).toHaveLength(2);
    expect(byActor.nextCursor).not.toBeNull();
    const next = await admin.audit.list({ actorId: 'u-admin', limit: 100, cursor: byActor.nextCursor ?? undefined });
    const all = [...byActor.items, ...next.items];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(all.every((r) => r.actorId === 'u-admin')).toBe(true);
    for (const cursor of ['12', '1.2.3', '-1.5', `${'9'.repeat(16)}.1`, '1.x']) {
      await expect(admin.audit.list({ actorId: 'u-admin', cursor })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect((await admin.audit.list({ action: 'wallet.credit', aggregateId: WALLET })).items).toHaveLength(1);
    expect((await admin.audit.list({ to: new Date('2000-01-01') })).items).toEqual([]);
    const everything = JSON.stringify((await h.services.pool.query('SELECT * FROM audit_log')).rows);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(token.slice(3));
  });
});
