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

  it('reports down when Postgres does not answer', async () => {
    const dead = createPool('postgres://postgres:x@127.0.0.1:1/none', 1);
    try {
      expect(await checkHealth({ version: 'v', pool: dead })).toEqual({ status: 'down', version: 'v', services: { postgres: 'down' } });
    } finally {
      await dead.end();
    }
  });
});
