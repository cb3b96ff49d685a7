import { expect, test } from './support/fixtures';

const portals = () => [process.env.WEB_URL, process.env.ADMIN_URL, process.env.MERCHANT_URL].map(String);

test('every portal reports its health, liveness and readiness', async ({ request }) => {
  for (const base of portals()) {
    const health = await request.get(`${base}/health`);
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'up', services: { postgres: 'up' } });
    expect((await request.get(`${base}/api/health/liveness`)).status()).toBe(200);
    expect((await request.get(`${base}/api/health/readiness`)).status()).toBe(200);
  }
});
