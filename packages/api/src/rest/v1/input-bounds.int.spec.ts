import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoMedCards } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFetchListener } from '../../http/fetch-on-node';
import { apiHarness, type Harness } from '../../testing/harness';
import { restV1Handler } from './handler';

let h: Harness;
let server: Server;
let base: string;
beforeAll(async () => {
  h = await apiHarness();
  await h.project();
  server = createServer(nodeFetchListener(restV1Handler(h.services)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await h.close();
});

const post = async (path: string, body: string) => {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer dev-u-admin' }, body });
  return { status: res.status, json: (await res.json()) as { error?: { code: string; fieldErrors?: { path: string }[] } } };
};
const cardEvents = async () => (await h.services.store.readStream(demoMedCards.ahmed.cardId)).length;

describe('amounts are bounded and written one way', () => {
  it.each(['" 350"', '"00350.00"', '"350 "', '90000000000000'])('monthly limit %s → 400, nothing recorded', async (limit) => {
    const before = await cardEvents();
    const res = await post(`/medcards/${demoMedCards.ahmed.cardId}/monthly-limit`, `{ "monthlyLimit": ${limit} }`);
    expect(res).toMatchObject({ status: 400, json: { error: { code: 'VALIDATION_FAILED' } } });
    expect(await cardEvents()).toBe(before);
  });

  it('the largest monthly limit a card may have is EGP 1,000,000', async () => {
    expect((await post(`/medcards/${demoMedCards.ahmed.cardId}/monthly-limit`, '{ "monthlyLimit": "1000000.00" }')).status).toBe(200);
    expect((await post(`/medcards/${demoMedCards.ahmed.cardId}/monthly-limit`, '{ "monthlyLimit": "1000000.01" }')).status).toBe(400);
  });
});
