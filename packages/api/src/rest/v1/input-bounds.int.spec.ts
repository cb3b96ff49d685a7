import { demoMedCards } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';
import { restServer } from '../../testing/rest-server';

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
