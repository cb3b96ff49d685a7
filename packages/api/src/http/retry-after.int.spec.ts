import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../testing/harness';
import { trpcFetchHandler } from './fetch-handler';

describe('tRPC over HTTP: a rate-limited call', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await apiHarness();
    h.services.sms = { name: 'dev', send: async () => undefined };
    h.services.clock = () => new Date('2026-07-01T09:00:00Z');
  });
  afterAll(() => h?.close());

  it('answers 429 with Retry-After (seconds until the window ends) and the RATE_LIMITED code', async () => {
    const handler = trpcFetchHandler('web', h.services);
    const send = () =>
      handler(new Request('http://127.0.0.1:3000/api/trpc/auth.requestOtp', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000', 'x-forwarded-for': '192.0.2.44' },
        body: JSON.stringify({ json: { phone: '01001234567' } }),
      }));
    for (let i = 0; i < 3; i++) expect((await send()).status).toBe(200);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('600');
    const body = (await refused.json()) as { error: { json: { data: { appCode: string; details: { retryAfterSeconds: number } } } } };
    expect(body.error.json.data).toMatchObject({ appCode: 'RATE_LIMITED', details: { retryAfterSeconds: 600 } });
  });
});
