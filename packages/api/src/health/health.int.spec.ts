import { createPool } from '@healthpay/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../testing/harness';
import { checkHealth } from './health';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
});
afterAll(() => h.close());

describe('health', () => {
  it('embedded mode checks Postgres only and reports it up', async () => {
    expect(await checkHealth({ version: 'v-test', pool: h.services.pool })).toEqual({
      status: 'up', version: 'v-test', services: { postgres: 'up' },
    });
  });

  it('shows each payment provider’s breaker without counting an open one as the portal being down', async () => {
    const report = await checkHealth({ ...h.services.health, providers: () => ({ paymob: 'open', fawry: 'closed' }) });
    expect(report).toMatchObject({ status: 'up', providers: { paymob: 'open', fawry: 'closed' } });
    expect((await checkHealth(h.services.health)).providers).toEqual({ paymob: 'closed', fawry: 'closed' });
  });

  it('reports down when Postgres does not answer', async () => {
    const dead = createPool('postgres://postgres:x@127.0.0.1:1/none', 1);
    try {
      expect(await checkHealth({ version: 'v', pool: dead })).toEqual({ status: 'down', version: 'v', services: { postgres: 'down' } });
    } finally {
      await dead.end();
    }
  });
});
