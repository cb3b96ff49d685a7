import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../root';
import { apiHarness, type Harness } from '../testing/harness';
import { nodeHttpHandler } from './http-handler';

let h: Harness;
let server: Server;
let base: string;
beforeAll(async () => {
  h = await apiHarness();
  server = createServer(nodeHttpHandler(h.services));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await h.close();
});

const post = (path: string, body: string, user = 'u-ahmed') =>
  fetch(`${base}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hp-dev-user': user }, body });

/** Deterministic junk: a fixed list of malformed and hostile bodies. */
const junk = [
  '', '{', 'null', '[]', '"x"', '42', '{"json":null}', '{"json":[]}', '{"json":{"amount":1e309}}',
  '{"json":{"walletId":"' + demoWallets.ahmed.walletId + '","amount":1.5,"reference":"x"}}',
  '{"json":{"walletId":"' + demoWallets.ahmed.walletId + '","amount":-1,"reference":"x"}}',
  '{"json":{"walletId":"' + demoWallets.ahmed.walletId + '","amount":9007199254740993,"reference":"x"}}',
  '{"json":{"__proto__":{"admin":true}}}', '{"json":{"walletId":{"$ne":null}}}', '\u0000\u0001', 'x'.repeat(10_000),
];

describe('over HTTP, bad input is a 4xx with a code, never a 500', () => {
  const mutations = Object.entries(appRouter._def.procedures)
    .filter(([, p]) => (p as unknown as { _def: { type: string } })._def.type === 'mutation')
    .map(([path]) => path);

  it('covers every mutation', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(8);
  });

  /** Procedures whose whole input is `{}`: the __proto__ key is dropped, leaving a valid empty input. */
  const takesNothing = (path: string) =>
    (appRouter._def.procedures as unknown as Record<string, { _def: { inputs: { safeParse(v: unknown): { success: boolean } }[] } }>)[path]
      ?._def.inputs.every((i) => i.safeParse({}).success && !i.safeParse({ x: 1 }).success) ?? false;

  it.each(mutations)('%s', async (path) => {
    for (const body of junk) {
      if (body.includes('__proto__') && takesNothing(path)) {
        const res = await post(path, body, 'u-admin');
        expect(res.status).toBeLessThan(500);
        expect(({} as Record<string, unknown>).admin).toBeUndefined();
        continue;
      }
      const res = await post(path, body, 'u-admin');
      const json = (await res.json()) as { error?: { json?: { data?: { appCode?: string } } } };
      // The body rides along so a failure names the input that caused it.
      expect({ status: res.status, body }).toEqual({ status: expect.toSatisfy((s: number) => s >= 400 && s < 500), body });
      expect({ appCode: json.error?.json?.data?.appCode, body }).toEqual({ appCode: expect.not.stringMatching(/^INTERNAL$/), body });
    }
  });

  it('an unknown procedure is a 404 NOT_FOUND', async () => {
    const res = await post('wallet.nope', '{"json":{}}');
    expect(res.status).toBe(404);
  });

  it('field errors name the field', async () => {
    const res = await post('wallet.debit', JSON.stringify({ json: { walletId: demoWallets.ahmed.walletId, amount: 1.5, reference: 'x' } }));
    const json = (await res.json()) as { error: { json: { data: { appCode: string; fieldErrors: { path: string }[] } } } };
    expect(res.status).toBe(400);
    expect(json.error.json.data.appCode).toBe('VALIDATION_FAILED');
    expect(json.error.json.data.fieldErrors.map((f) => f.path)).toEqual(['amount']);
  });
});
