import { demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_USER_HEADER } from '../auth/dev-actor';
import { apiHarness, type Harness } from '../testing/harness';
import { portalServer } from '../testing/portal-server';

let h: Harness;
let server: { base: string; stop(): Promise<void> };
let base: string;
beforeAll(async () => {
  h = await apiHarness();
  await h.project();
  server = await portalServer('web', h.services);
  base = server.base;
});
afterAll(async () => {
  await server.stop();
  await h.close();
});

describe('a portal tRPC endpoint on Node http', () => {
  it('answers a patient query with the portal security headers and no-store', async () => {
    const res = await fetch(`${base}/api/trpc/wallet.mine`, { headers: { [DEV_USER_HEADER]: 'u-ahmed' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { json: { walletId: string }[] } } };
    expect(body.result.data.json.map((w) => w.walletId)).toContain(demoWallets.ahmed.walletId);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('refuses a signed-out caller, and another portal role, as the Next route does', async () => {
    const anonymous = await fetch(`${base}/api/trpc/wallet.mine`);
    expect(anonymous.status).toBe(401);
    const staff = await fetch(`${base}/api/trpc/wallet.mine`, { headers: { [DEV_USER_HEADER]: 'u-admin' } });
    expect(staff.status).toBe(403);
  });

  it('refuses a cross-site POST that carries a cookie (CSRF), and changes nothing', async () => {
    const res = await fetch(`${base}/api/trpc/wallet.debit`, {
      method: 'POST',
      headers: { [DEV_USER_HEADER]: 'u-ahmed', cookie: 'hp-web.session=opaque', origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ json: { walletId: demoWallets.ahmed.walletId, amount: 100, reference: 'csrf' } }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { json: { data: { appCode: string } } } }).error.json.data.appCode).toBe('CSRF_REJECTED');
  });

  it('reads a POST body and answers a mutation', async () => {
    const res = await fetch(`${base}/api/trpc/wallet.debit`, {
      method: 'POST',
      headers: { [DEV_USER_HEADER]: 'u-admin', origin: base, 'content-type': 'application/json' },
      body: JSON.stringify({ json: { walletId: demoWallets.ahmed.walletId, amount: 1, reference: 'node listener' } }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { result: { data: { json: { walletId: string } } } }).result.data.json.walletId).toBe(demoWallets.ahmed.walletId);
  });
});
