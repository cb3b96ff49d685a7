import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorCacheOf } from '@healthpay/db';
import { createContext } from '../context';
import { apiHarness, type Harness } from '../testing/harness';
import { restServer } from '../testing/rest-server';
import { DEV_USER_HEADER } from './dev-actor';

let h: Harness;
let rest: Awaited<ReturnType<typeof restServer>>;
beforeAll(async () => {
  h = await apiHarness();
  rest = await restServer(h.services);
});
afterAll(async () => {
  await rest.stop();
  await h.close();
});

const me = (headers: Record<string, string>) => fetch(`${rest.base}/me/medcards`, { headers: { authorization: 'Bearer dev-u-ahmed', ...headers } });

describe('development sign-in only from this machine, never for a deactivated user', () => {
  it('the dev header names the user for a loopback caller, nobody for another address', async () => {
    const ctx = async (ip: string) => (await createContext(h.services, new Headers({ [DEV_USER_HEADER]: 'u-ahmed', 'x-forwarded-for': ip }))).actor;
    expect(await ctx('127.0.0.1')).toMatchObject({ userId: 'u-ahmed' });
    expect(await ctx('203.0.113.9')).toBeNull();
  });

  it('a dev bearer token works from loopback only', async () => {
    expect((await me({ 'x-forwarded-for': '127.0.0.1' })).status).toBe(200);
    expect((await me({ 'x-forwarded-for': '203.0.113.9' })).status).toBe(401);
  });

  it('a deactivated user’s dev token and dev header are nobody', async () => {
    await h.services.pool.query(`UPDATE users SET deactivated_at = now() WHERE id = 'u-ahmed'`);
    // Written behind the API's back: its actor cache hears of it through NOTIFY (this waits for that, no sleep).
    await actorCacheOf(h.services.pool).listener.sync();
    try {
      expect((await me({})).status).toBe(401);
      expect((await createContext(h.services, new Headers({ [DEV_USER_HEADER]: 'u-ahmed' }))).actor).toBeNull();
    } finally {
      await h.services.pool.query(`UPDATE users SET deactivated_at = NULL WHERE id = 'u-ahmed'`);
    }
  });
});
