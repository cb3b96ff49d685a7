import { Auth } from '@auth/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { actorCacheOf } from '@healthpay/db';
import { createContext } from '../../context';
import { seedDemoCredentials, DEMO_PASSWORD } from '../../identity/demo-credentials';
import { totpCode, totpStep, base32Decode } from '../../identity/totp';
import { apiHarness, type Harness } from '../../testing/harness';
import type { Portal } from '../dev-actor';
import { rateLimitedAuthPost } from './auth-route';
import { portalAuthConfig } from './authjs-config';
import { sessionCookies } from './portal-session';
import { capturedSms, wrongCode } from '../../testing/sms';

const AHMED = '+201001234567';

/**
 * Sign-in through the real Auth.js handler (what each portal mounts at /api/auth), behind our rate-limit
 * wrapper, and the session cookie it sets read back by the API's context: no part of it mocked.
 */
describe('portal sign-in (Auth.js credentials, JWT session cookies)', () => {
  let h: Harness;
  let now: Date;
  let hour = 0;
  let ip = 0;
  const { sender: capture, sent, lastCode } = capturedSms();

  beforeAll(async () => {
    h = await apiHarness();
    h.services.sms = capture;
    await seedDemoCredentials(h.services.pool);
  });
  afterAll(() => h?.close());
  beforeEach(() => {
    now = new Date(Date.UTC(2026, 1, 1, hour++, 0, 0));
    h.services.clock = () => now;
    ip++;
  });

  const origin = (portal: Portal) => `http://127.0.0.1:${{ web: 3000, admin: 3001, merchant: 3002 }[portal]}`;

  /** A browser of one portal: keeps its cookies, gets a CSRF token, posts a credentials form. */
  function browser(portal: Portal) {
    const config = portalAuthConfig(portal, () => h.services);
    const handler = (req: Request) => Auth(req, config);
    const post = rateLimitedAuthPost(handler, () => h.services);
    const jar = new Map<string, string>();
    const headers = () => {
      const hd = new Headers({ 'x-forwarded-for': `10.9.0.${ip}`, 'user-agent': 'sign-in-spec' });
      if (jar.size) hd.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
      return hd;
    };
    const keep = (res: Response) => {
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const eq = pair!.indexOf('=');
        const value = pair!.slice(eq + 1);
        if (value === '' || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(pair!.slice(0, eq));
        else jar.set(pair!.slice(0, eq), value);
      }
      return res;
    };
    return {
      jar,
      headers,
      async signIn(provider: 'otp' | 'password', fields: Record<string, string>) {
        const csrf = keep(await handler(new Request(`${origin(portal)}/api/auth/csrf`, { headers: headers() })));
        const { csrfToken } = (await csrf.json()) as { csrfToken: string };
        const hd = headers();
        hd.set('content-type', 'application/x-www-form-urlencoded');
        hd.set('x-auth-return-redirect', '1');
        const res = keep(await post(new Request(`${origin(portal)}/api/auth/callback/${provider}`, {
          method: 'POST', headers: hd, body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: `${origin(portal)}/` }),
        })));
        if (res.status === 429) return { status: 429, retryAfter: res.headers.get('retry-after'), code: 'rate_limited' };
        if (res.status === 400) return { status: 400, code: 'invalid_input' };
        const { url } = (await res.json()) as { url: string };
        return { status: res.status, code: new URL(url).searchParams.get('code'), url };
      },
      /** POST /api/auth/signout as the browser does (CSRF token from /api/auth/csrf); returns the cookie it had. */
      async signOut() {
        const kept = new Map(jar);
        const csrf = keep(await handler(new Request(`${origin(portal)}/api/auth/csrf`, { headers: headers() })));
        const { csrfToken } = (await csrf.json()) as { csrfToken: string };
        const hd = headers();
        hd.set('content-type', 'application/x-www-form-urlencoded');
        hd.set('x-auth-return-redirect', '1');
        keep(await post(new Request(`${origin(portal)}/api/auth/signout`, {
          method: 'POST', headers: hd, body: new URLSearchParams({ csrfToken, callbackUrl: `${origin(portal)}/` }),
        })));
        return kept;
      },
      async actor(asPortal: Portal = portal) {
        return (await createContext(h.services, headers(), asPortal)).actor;
      },
    };
  }

  const requestCode = async (phone = AHMED) => {
    await h.as(null, { request: { ip: `10.9.0.${ip}`, userAgent: 'spec' } }).then((c) => c.auth.requestOtp({ phone }));
    return lastCode();
  };

  it('a patient signs in with phone + SMS code; the cookie works on the patient portal only', async () => {
    const b = browser('web');
    const code = await requestCode();
    expect(await b.signIn('otp', { phone: '0100 123 4567', code })).toMatchObject({ status: 200, code: null });
    expect(b.jar.has(sessionCookies('web').sessionToken.name)).toBe(true);
    expect(await b.actor()).toEqual({ userId: 'u-ahmed', role: 'patient', pharmacyId: null });
    expect(await b.actor('admin')).toBeNull();
    expect(await b.actor('merchant')).toBeNull();
    // The code was single use.
    expect(await browser('web').signIn('otp', { phone: AHMED, code })).toMatchObject({ code: 'code_expired' });
  });

  it('a wrong code is refused without saying more; five wrong tries burn the code', async () => {
    const b = browser('web');
    const code = await requestCode();
    for (let i = 0; i < 5; i++) expect(await b.signIn('otp', { phone: AHMED, code: wrongCode(code) })).toMatchObject({ code: 'invalid_code' });
    expect(await b.signIn('otp', { phone: AHMED, code })).toMatchObject({ code: 'code_expired' });
    expect(await b.actor()).toBeNull();
  });

  it('a phone without an account gets the same answers as one with, and no SMS', async () => {
    const answers = async (phone: string) => {
      const b = browser('web');
      await h.as(null, { request: { ip: `10.9.0.${ip}`, userAgent: 'spec' } }).then((c) => c.auth.requestOtp({ phone }));
      const out = [];
      for (let i = 0; i < 6; i++) out.push((await b.signIn('otp', { phone, code: '000000' })).code);
      return out;
    };
    const before = sent.length;
    const stranger = await answers('01098765432');
    expect(sent).toHaveLength(before);
    const patient = await answers(AHMED);
    expect(stranger).toEqual(patient);
    expect(stranger).toEqual(['invalid_code', 'invalid_code', 'invalid_code', 'invalid_code', 'invalid_code', 'code_expired']);
  });

  it('a NUL byte or kilobytes of text in the phone or email is bad input (400), never a 500', async () => {
    for (const [portal, provider, field] of [['web', 'otp', 'phone'], ['admin', 'password', 'email']] as const) {
      for (const junk of ['010\u00001234567', 'x'.repeat(3000), 'a@b\u0000.com']) {
        const fields: Record<string, string> = provider === 'otp' ? { phone: junk, code: '123456' } : { email: junk, password: 'whatever-long-enough' };
        const res = await browser(portal).signIn(provider, fields).catch((e: unknown) => ({ status: 0, code: String(e) }));
        expect(res.status, `${field} ${junk.slice(0, 12)}`).toBe(400);
      }
    }
  });

  it('verify attempts past the limit get 429 with Retry-After, and the limit resets with its window', async () => {
    const b = browser('web');
    await requestCode();
    const results = [];
    for (let i = 0; i < 11; i++) results.push(await b.signIn('otp', { phone: AHMED, code: '000000' }));
    expect(results.slice(0, 10).every((r) => r.status === 200)).toBe(true);
    expect(results[10]).toMatchObject({ status: 429, retryAfter: '600' });
    now = new Date(now.getTime() + 10 * 60_000);
    const code = await requestCode();
    expect(await b.signIn('otp', { phone: AHMED, code })).toMatchObject({ status: 200, code: null });
  });

  it('OTP sends past 3 per phone per 10 minutes answer 429 with Retry-After through the tRPC endpoint', async () => {
    const caller = await h.as(null, { request: { ip: `10.9.0.${ip}`, userAgent: 'spec' } });
    for (let i = 0; i < 3; i++) await caller.auth.requestOtp({ phone: AHMED });
    await expect(caller.auth.requestOtp({ phone: AHMED })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS', cause: { details: { retryAfterSeconds: 600 } } });
    await expect(caller.auth.requestOtp({ phone: '+4915112345678' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('staff sign in with email + password on the staff console only; pharmacists on the pharmacy portal only', async () => {
    const admin = browser('admin');
    expect(await admin.signIn('password', { email: 'admin@healthpay.eg', password: DEMO_PASSWORD })).toMatchObject({ code: null });
    expect(await admin.actor()).toEqual({ userId: 'u-admin', role: 'superadmin', pharmacyId: null });
    expect(await admin.actor('merchant')).toBeNull();

    expect(await browser('admin').signIn('password', { email: 'pharmacist@ezaby.eg', password: DEMO_PASSWORD })).toMatchObject({ code: 'invalid_credentials' });
    const refused = await h.services.pool.query(`SELECT result FROM audit_log WHERE action = 'auth.password' AND details->>'email' = 'pharmacist@ezaby.eg' ORDER BY id DESC LIMIT 1`);
    expect(refused.rows).toEqual([{ result: 'INVALID_CREDENTIALS' }]);
    const pharmacy = browser('merchant');
    expect(await pharmacy.signIn('password', { email: 'pharmacist@ezaby.eg', password: DEMO_PASSWORD })).toMatchObject({ code: null });
    expect(await pharmacy.actor()).toEqual({ userId: 'u-pharmacist', role: 'pharmacist', pharmacyId: 'ph-ezaby-maadi', pharmacyRole: 'manager' });
    expect(await browser('merchant').signIn('password', { email: 'support@healthpay.eg', password: DEMO_PASSWORD })).toMatchObject({ code: 'invalid_credentials' });
    expect(await browser('admin').signIn('password', { email: 'admin@healthpay.eg', password: 'not the password' })).toMatchObject({ code: 'invalid_credentials' });
    expect(await browser('admin').signIn('password', { email: 'nobody@healthpay.eg', password: DEMO_PASSWORD })).toMatchObject({ code: 'invalid_credentials' });
  });

  it('password attempts past the per-email limit get 429 with Retry-After (even with the right password)', async () => {
    const b = browser('admin');
    for (let i = 0; i < 10; i++) await b.signIn('password', { email: 'finance@healthpay.eg', password: `wrong-${i}` });
    expect(await b.signIn('password', { email: 'finance@healthpay.eg', password: DEMO_PASSWORD })).toMatchObject({ status: 429, retryAfter: '600' });
    now = new Date(now.getTime() + 30 * 60_000); // past the window and the 15-minute lock
    expect(await b.signIn('password', { email: 'finance@healthpay.eg', password: DEMO_PASSWORD })).toMatchObject({ code: null });
  });

  it('a session ends when its role changes, and a forged or foreign-portal cookie is nobody', async () => {
    const b = browser('admin');
    await b.signIn('password', { email: 'claims@healthpay.eg', password: DEMO_PASSWORD });
    expect(await b.actor()).toMatchObject({ userId: 'u-reviewer', role: 'claims_reviewer' });
    const name = sessionCookies('admin').sessionToken.name;
    const token = b.jar.get(name)!;
    b.jar.set(name, `${token.slice(0, -4)}AAAA`);
    expect(await b.actor()).toBeNull();
    b.jar.set(name, token);
    // The admin token presented as the patient portal's cookie: different salt, so it does not decrypt.
    b.jar.set(sessionCookies('web').sessionToken.name, token);
    expect(await b.actor('web')).toBeNull();
    await h.services.pool.query(`UPDATE users SET role = 'support' WHERE id = 'u-reviewer'`);
    // Written behind the API's back: its actor cache hears of it through NOTIFY (this waits for that, no sleep).
    await actorCacheOf(h.services.pool).listener.sync();
    try {
      expect(await b.actor()).toBeNull();
    } finally {
      await h.services.pool.query(`UPDATE users SET role = 'claims_reviewer' WHERE id = 'u-reviewer'`);
      await actorCacheOf(h.services.pool).listener.sync();
    }
  });

  it('signing out kills that session on the server: a copy of the old cookie is nobody, other devices stay signed in', async () => {
    const phone = browser('web');
    const laptop = browser('web');
    await phone.signIn('otp', { phone: AHMED, code: await requestCode() });
    await laptop.signIn('otp', { phone: AHMED, code: await requestCode() });
    const copy = await phone.signOut();
    expect(phone.jar.has(sessionCookies('web').sessionToken.name)).toBe(false);
    for (const [k, v] of copy) phone.jar.set(k, v);
    expect(await phone.actor()).toBeNull();
    expect(await laptop.actor()).toMatchObject({ userId: 'u-ahmed' });

    const staff = browser('admin');
    await staff.signIn('password', { email: 'support@healthpay.eg', password: DEMO_PASSWORD });
    const staffCopy = await staff.signOut();
    for (const [k, v] of staffCopy) staff.jar.set(k, v);
    expect(await staff.actor()).toBeNull();
  });

  it('"sign out everywhere" and support ending a user’s sessions void earlier sessions, not later sign-ins', async () => {
    const phone = browser('web');
    const laptop = browser('web');
    await phone.signIn('otp', { phone: '01112345678', code: await requestCode('+201112345678') });
    await laptop.signIn('otp', { phone: '01112345678', code: await requestCode('+201112345678') });
    expect(await phone.actor()).toMatchObject({ userId: 'u-mona' });
    now = new Date(now.getTime() + 1);
    await (await h.as('u-mona')).account.endSessions({});
    expect(await phone.actor()).toBeNull();
    expect(await laptop.actor()).toBeNull();

    const staff = browser('admin');
    await staff.signIn('password', { email: 'support@healthpay.eg', password: DEMO_PASSWORD });
    now = new Date(now.getTime() + 1);
    const again = browser('web');
    await again.signIn('otp', { phone: '01112345678', code: await requestCode('+201112345678') });
    expect(await again.actor()).toMatchObject({ userId: 'u-mona' });
    now = new Date(now.getTime() + 1);
    await (await h.as('u-support')).users.endSessions({ userId: 'u-mona' });
    expect(await again.actor()).toBeNull();
    await expect((await h.as('u-support')).users.endSessions({ userId: 'u-nobody' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect((await h.as('u-finance')).users.endSessions({ userId: 'u-mona' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await staff.actor()).toMatchObject({ userId: 'u-support' });
  });

  it('an admin with TOTP on needs a fresh authenticator code, each code once', async () => {
    const b = browser('admin');
    await b.signIn('password', { email: 'support@healthpay.eg', password: DEMO_PASSWORD });
    const support = await h.as('u-support');
    const { secret, uri } = await support.account.startTotp();
    expect(uri).toContain('otpauth://totp/HealthPay%3Asupport%40healthpay.eg');
    const key = base32Decode(secret);
    await expect(support.account.confirmTotp({ code: wrongCode(totpCode(key, totpStep(new Date()))) })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    h.services.clock = () => new Date();
    const step = totpStep(new Date());
    await support.account.confirmTotp({ code: totpCode(key, step - 1) });
    expect(await support.account.totpStatus()).toEqual({ status: 'on' });

    const next = browser('admin');
    expect(await next.signIn('password', { email: 'support@healthpay.eg', password: DEMO_PASSWORD })).toMatchObject({ code: 'totp_required' });
    expect(await next.actor()).toBeNull();
    expect(await next.signIn('password', { email: 'support@healthpay.eg', password: DEMO_PASSWORD, totp: totpCode(key, step - 1) })).toMatchObject({ code: 'totp_invalid' });
    expect(await next.signIn('password', { email: 'support@healthpay.eg', password: DEMO_PASSWORD, totp: totpCode(key, step) })).toMatchObject({ code: null });
    expect(await next.actor()).toMatchObject({ userId: 'u-support' });
    expect(await browser('admin').signIn('password', { email: 'support@healthpay.eg', password: DEMO_PASSWORD, totp: totpCode(key, step) })).toMatchObject({ code: 'totp_invalid' });

    await support.account.disableTotp({ code: totpCode(key, step + 1) });
    expect(await support.account.totpStatus()).toEqual({ status: 'off' });
  });

  it('audits sign-ins without the code or password', async () => {
    const rows = await h.services.pool.query<{ action: string; details: unknown }>(
      `SELECT action, details FROM audit_log WHERE action LIKE 'auth.%'`,
    );
    expect(rows.rows.length).toBeGreaterThan(10);
    const text = JSON.stringify(rows.rows);
    expect(text).not.toContain(DEMO_PASSWORD);
    expect(text).not.toMatch(/"code"/);
  });
});
