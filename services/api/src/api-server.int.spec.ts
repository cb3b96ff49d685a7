import type { AddressInfo } from 'node:net';
import { apiHarness, type Harness } from '@healthpay/api/testing';
import { demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './api-server';

let h: Harness;
let api: ApiServer;
let base: string;
beforeAll(async () => {
  h = await apiHarness();
  api = await startApiServer(h.services, { port: 0, host: '127.0.0.1', proxies: [] });
  base = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
});
afterAll(() => h.close());

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hp-dev-user': 'u-admin', ...headers }, body });
type TrpcError = { error: { json: { data: { appCode: string } } } };

describe('the API service', () => {
  it('answers its liveness probe', async () => {
    const res = await fetch(`${base}/health/liveness`);
    expect({ status: res.status, body: await res.json() }).toEqual({ status: 200, body: { status: 'up' } });
  });

  it('refuses a body larger than the path allows with 413, before reading it', async () => {
    const res = await post('/api/trpc/wallet.credit', JSON.stringify({ json: { pad: 'x'.repeat(70 * 1024) } }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each(['{', 'null', '{"json":{"walletId":1}}', '{"json":{"__proto__":{"admin":true}}}'])('answers junk %s with a typed 400', async (body) => {
    const res = await post('/api/trpc/wallet.credit', body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as TrpcError).error.json.data.appCode).toBe('VALIDATION_FAILED');
  });

  it('answers an unknown path 404 and a REST call without a token 401', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/api/v1/medcards/HP-1000000172`)).status).toBe(401);
  });

  it('serves a command: committed, with its audit record written once', async () => {
    const { walletId } = demoWallets.ahmed;
    const res = await post('/api/trpc/wallet.credit', JSON.stringify({ json: { walletId, amount: 123, reference: 'api service spec' } }));
    expect(res.status).toBe(200);
    const audit = await h.services.pool.query<{ result: string }>(
      `SELECT result FROM audit_log WHERE action = 'wallet.credit' AND aggregate_id = $1 AND actor_id = 'u-admin'`, [walletId]);
    expect(audit.rows).toEqual([{ result: 'ok' }]);
  });

  it('drains: stops listening once nothing is in flight', async () => {
    await api.requests.drain(api.server);
    await expect(fetch(`${base}/health/liveness`)).rejects.toThrow();
  });
});
