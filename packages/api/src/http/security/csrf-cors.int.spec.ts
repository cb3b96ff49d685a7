import { demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEV_USER_HEADER } from '../../auth/dev-actor';
import { restV1Handler } from '../../rest/v1/handler';
import { apiHarness, type Harness } from '../../testing/harness';
import { trpcFetchHandler } from '../fetch-handler';

/** Headers as a plain object. */
const headerObject = (headers: Headers): Record<string, string> => Object.fromEntries(headers);

const PARTNER = 'https://partner.example.eg';
const EVIL = 'https://evil.example';
// Before anything reads env() (it is parsed once per process).
vi.hoisted(() => {
  process.env.CORS_ORIGINS = 'https://partner.example.eg';
});

const PORTAL = 'http://127.0.0.1:3000';
const ADMIN = 'http://127.0.0.1:3001';
/**
 * A browser's request carries its session cookie; the guard looks only at the cookie being there. The user
 * acts through the dev header, so these specs do not depend on how sessions are encoded.
 */
const SESSION_COOKIE = 'authjs.session-token=opaque';
const ahmed = { cookie: SESSION_COOKIE, [DEV_USER_HEADER]: 'u-ahmed' };

let h: Harness;
let trpc: (req: Request) => Promise<Response>;
let rest: (req: Request) => Promise<Response>;
beforeAll(async () => {
  h = await apiHarness();
  trpc = trpcFetchHandler('web', h.services);
  rest = restV1Handler(h.services);
});
afterAll(async () => {
  await h.close();
});

type TrpcBody = { result?: { data: { json: { balance: number } } }; error?: { json: { data: { appCode: string; httpStatus: number } } } };

/** wallet.debit of 1 EGP from Ahmed's wallet, as a browser on `origin` (or a non-browser with null) would send it. */
async function debit(headers: Record<string, string>): Promise<{ status: number; body: TrpcBody; headers: Headers }> {
  const res = await trpc(
    new Request(`${PORTAL}/api/trpc/wallet.debit`, {
      method: 'POST',
      headers: { host: '127.0.0.1:3000', 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ json: { walletId: demoWallets.ahmed.walletId, amount: 100, reference: 'csrf spec' } }),
    }),
  );
  return { status: res.status, body: (await res.json()) as TrpcBody, headers: res.headers };
}

const preflight = (handler: (req: Request) => Promise<Response>, url: string, origin: string) =>
  handler(new Request(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } }));

describe('tRPC: CSRF for cookie sessions', () => {
  it('a same-origin POST with the session cookie passes; a cross-origin one is a 403 that changes nothing', async () => {
    const first = await debit({ ...ahmed, origin: PORTAL });
    expect(first.status).toBe(200);
    const before = first.body.result?.data.json.balance ?? NaN;

    const forged = await debit({ ...ahmed, origin: EVIL });
    expect(forged.status).toBe(403);
    expect(forged.body.error?.json.data).toMatchObject({ appCode: 'CSRF_REJECTED', httpStatus: 403 });
    expect(forged.headers.has('access-control-allow-origin')).toBe(false);

    const after = await debit({ ...ahmed, origin: PORTAL });
    expect(after.body.result?.data.json.balance).toBe(before - 100);
  });

  it('falls back to Sec-Fetch-Site, and refuses a cookie that says nothing of where it comes from', async () => {
    expect((await debit({ ...ahmed, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await debit({ ...ahmed, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await debit(ahmed)).body.error?.json.data.appCode).toBe('CSRF_REJECTED');
  });

  it('lets a Bearer request through whatever its origin', async () => {
    const res = await debit({ ...ahmed, origin: EVIL, authorization: 'Bearer dev-u-ahmed' });
    expect(res.status).toBe(200);
  });

  it('lets an allowed origin POST with credentials, and tells the browser so', async () => {
    const res = await debit({ ...ahmed, origin: PARTNER });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('answers an allowed preflight with the allow headers, and another origin without any', async () => {
    const ok = await preflight(trpc, `${PORTAL}/api/trpc/wallet.debit`, PARTNER);
    expect(ok.status).toBe(204);
    expect(headerObject(ok.headers)).toMatchObject({
      'access-control-allow-origin': PARTNER,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': expect.stringContaining('POST'),
      'access-control-allow-headers': expect.stringMatching(/Authorization.*Content-Type.*Idempotency-Key.*x-trpc-source/),
    });
    const refused = await preflight(trpc, `${PORTAL}/api/trpc/wallet.debit`, EVIL);
    expect(refused.status).toBe(403);
    expect(refused.headers.has('access-control-allow-origin')).toBe(false);
  });
});

describe('REST v1: CSRF when a cookie rides along, CORS without credentials', () => {
  const create = (headers: Record<string, string>) =>
    rest(
      new Request(`${ADMIN}/api/v1/medcards`, {
        method: 'POST',
        headers: { host: '127.0.0.1:3001', 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ userId: 'u-mona', cardType: 'silver', monthlyLimit: 1000 }),
      }),
    );

  it('refuses a cross-origin POST that carries a cookie but no Bearer token', async () => {
    const res = await create({ cookie: SESSION_COOKIE, origin: EVIL });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'CSRF_REJECTED' } });
  });

  it('leaves a Bearer POST alone, from anywhere', async () => {
    const res = await create({ cookie: SESSION_COOKIE, origin: EVIL, authorization: 'Bearer dev-u-admin' });
    expect(res.status).toBe(201);
  });

  it('answers preflights: allowed origin without credentials, another origin with nothing', async () => {
    const ok = await preflight(rest, `${ADMIN}/api/v1/medcards`, PARTNER);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(ok.headers.has('access-control-allow-credentials')).toBe(false);
    const refused = await preflight(rest, `${ADMIN}/api/v1/medcards`, EVIL);
    expect(refused.status).toBe(403);
    expect(Object.keys(headerObject(refused.headers)).some((k) => k.startsWith('access-control-allow'))).toBe(false);
  });
});
