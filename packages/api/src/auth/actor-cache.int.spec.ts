import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@healthpay/config';
import { actorCacheOf, revokeSession, type ActorCache } from '@healthpay/db';
import { createContext } from '../context';
import { DEMO_PASSWORD } from '../identity/demo-credentials';
import { setPassword } from '../identity/password-login';
import type { Services } from '../services/services';
import { authBrowser } from '../testing/auth-browser';
import { apiHarness, type Harness } from '../testing/harness';
import { freshEmail, scratchAccount } from '../testing/invitations';
import { DEV_USER_HEADER } from './dev-actor';
import { sessionCookies } from './session/portal-session';
import { decodeSessionToken } from './session/session-token';

/**
 * The actor cache of one process (`h.services`) while another process (`other`: its own pool) changes users and
 * sessions: every change reaches it through Postgres's NOTIFY, waited for by name, never by sleeping.
 */
describe('actor cache: changes made by another process (real Postgres, LISTEN/NOTIFY)', () => {
  let h: Harness;
  let other: Services;
  let cache: ActorCache;
  let listener: ReturnType<typeof actorCacheOf>['listener'];
  let reconnect: (() => void) | null = null;
  let ip = 0;

  beforeAll(async () => {
    h = await apiHarness();
    other = h.secondProcess();
    // Reconnecting is this spec's to trigger, so "while it is down" lasts exactly as long as the test needs.
    ({ cache, listener } = actorCacheOf(h.services.pool, { schedule: (retry) => void (reconnect = retry) }));
    const up = once(cache.events, 'up');
    listener.start();
    await up;
  });
  afterAll(() => h?.close());

  /** A staff account with a password, signed in to the admin portal of this process. */
  async function signedIn(role: 'support' | 'finance') {
    const id = await scratchAccount(h.services, role);
    const email = freshEmail('cache');
    await h.services.pool.query('UPDATE users SET email = $2 WHERE id = $1', [id, email]);
    await setPassword(h.services, id, email, DEMO_PASSWORD);
    const browser = authBrowser('admin', () => h.services, `10.6.0.${++ip}`);
    expect(await browser.signIn({ email, password: DEMO_PASSWORD })).toMatchObject({ code: null });
    return { id, browser };
  }

  /** The actor twice: the second time from memory (no database read). */
  async function cached(actor: () => Promise<unknown>) {
    // Whatever the setup changed has been heard before counting.
    await listener.sync();
    const first = await actor();
    const loads = cache.loads;
    expect(await actor()).toEqual(first);
    expect(cache.loads).toBe(loads);
    return first;
  }

  const devActor = async (id: string) => (await createContext(h.services, new Headers({ [DEV_USER_HEADER]: id }))).actor;
  const asOther = (userId: string) => h.as(userId, { services: other });

  it('a session signed out by another process is refused at its next request', async () => {
    const { id, browser } = await signedIn('support');
    expect(await cached(() => browser.actor())).toMatchObject({ userId: id, role: 'support' });
    const name = sessionCookies('admin').sessionToken.name;
    const claims = await decodeSessionToken(browser.jar.get(name) ?? '', env().AUTH_SECRET, name);
    const sid = String(claims?.sid);
    const heard = cache.nextChange({ sid });
    await revokeSession(other.pool, sid, new Date(Date.now() + 3_600_000), new Date());
    await heard;
    expect(await browser.actor()).toBeNull();
  });

  /** A session of this process, cached, then a change of its user made by the other process: it ends here. */
  async function endedHere(role: 'support' | 'finance', change: (id: string) => Promise<unknown>) {
    const { id, browser } = await signedIn(role);
    await cached(() => browser.actor());
    const heard = cache.nextChange({ userId: id });
    await change(id);
    await heard;
    expect(await browser.actor()).toBeNull();
  }

  it('"sign out everywhere" in another process ends the session here', () =>
    endedHere('finance', async (id) => (await asOther(id)).account.endSessions({})));

  it('a role changed by another process ends the session here', () =>
    endedHere('support', async (id) => (await asOther('u-admin')).staff.changeRole({ userId: id, role: 'claims_reviewer' })));

  it('deactivation and reactivation by another process are seen at the next request', async () => {
    const id = await scratchAccount(h.services, 'finance');
    expect(await cached(() => devActor(id))).toMatchObject({ userId: id, role: 'finance' });
    let heard = cache.nextChange({ userId: id });
    await (await asOther('u-admin')).staff.deactivate({ userId: id, reason: 'Left HealthPay' });
    await heard;
    expect(await devActor(id)).toBeNull();
    heard = cache.nextChange({ userId: id });
    await (await asOther('u-admin')).staff.reactivate({ userId: id });
    await heard;
    expect(await devActor(id)).toMatchObject({ userId: id });
  });

  it('while its LISTEN connection is lost nothing is cached and every read goes to the database; then it recovers', async () => {
    const id = await scratchAccount(h.services, 'finance');
    await cached(() => devActor(id));
    const down = once(cache.events, 'down');
    await other.pool.query('SELECT pg_terminate_backend($1)', [listener.pid]);
    await down;
    expect(cache.enabled).toBe(false);
    // Announced while nobody here listens: only reading the database can see it.
    await other.pool.query(`UPDATE users SET role = 'support' WHERE id = $1`, [id]);
    expect(await devActor(id)).toMatchObject({ role: 'support' });
    const loads = cache.loads;
    await devActor(id);
    expect(cache.loads).toBe(loads + 1);

    expect(reconnect).not.toBeNull();
    const up = once(cache.events, 'up');
    reconnect?.();
    await up;
    expect(await cached(() => devActor(id))).toMatchObject({ role: 'support' });
    const heard = cache.nextChange({ userId: id });
    await other.pool.query(`UPDATE users SET role = 'finance' WHERE id = $1`, [id]);
    await heard;
    expect(await devActor(id)).toMatchObject({ role: 'finance' });
  });
});
