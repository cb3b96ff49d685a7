import { describe, expect, it } from 'vitest';
import { csrfRefusal, csrfRefusalReason, type CsrfPolicy } from './csrf';

const PARTNER = 'https://partner.example.eg';
const trpc: CsrfPolicy = { allowedOrigins: [PARTNER], onlyWithCookie: false };
const rest: CsrfPolicy = { allowedOrigins: [PARTNER], onlyWithCookie: true };
const COOKIE = { cookie: 'hp_dev_user_web=u-ahmed' };

const req = (headers: Record<string, string>, method = 'POST', url = 'http://127.0.0.1:3000/api/trpc/wallet.transfer') =>
  new Request(url, { method, headers: { host: new URL(url).host, ...headers } });
const passes = (r: Request, policy: CsrfPolicy = trpc) => csrfRefusalReason(r, policy) === null;

describe('CSRF for cookie sessions', () => {
  it.each(['GET', 'HEAD', 'OPTIONS'])('lets %s through whatever its origin', (method) => {
    expect(passes(req({ ...COOKIE, origin: 'https://evil.example' }, method))).toBe(true);
  });

  it('lets the portal itself through (Origin = the host the browser addressed)', () => {
    expect(passes(req({ ...COOKIE, origin: 'http://127.0.0.1:3000' }))).toBe(true);
  });

  it('follows X-Forwarded-Host when a proxy in front rewrote Host', () => {
    expect(passes(req({ ...COOKIE, origin: 'https://pay.example.eg', 'x-forwarded-host': 'pay.example.eg' }))).toBe(true);
  });

  it('lets an allowed CORS origin through', () => {
    expect(passes(req({ ...COOKIE, origin: PARTNER }))).toBe(true);
  });

  it.each([
    ['another site', 'https://evil.example'],
    ['another port on the same host (another portal)', 'http://127.0.0.1:3001'],
    ['an opaque origin', 'null'],
    ['a look-alike of an allowed origin', 'https://partner.example.eg.evil.example'],
  ])('refuses %s', (_, origin) => {
    expect(passes(req({ ...COOKIE, origin }))).toBe(false);
  });

  it('refuses a cross-origin POST even without a cookie on tRPC (the session may ride along as a header)', () => {
    expect(passes(req({ origin: 'https://evil.example' }))).toBe(false);
  });

  it('falls back to Sec-Fetch-Site when there is no Origin', () => {
    expect(passes(req({ ...COOKIE, 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(passes(req({ ...COOKIE, 'sec-fetch-site': 'none' }))).toBe(true);
    expect(passes(req({ ...COOKIE, 'sec-fetch-site': 'same-site' }))).toBe(false);
    expect(passes(req({ ...COOKIE, 'sec-fetch-site': 'cross-site' }))).toBe(false);
  });

  it('without Origin or Sec-Fetch-Site (not a browser), passes only without a cookie', () => {
    expect(passes(req({}))).toBe(true);
    expect(passes(req(COOKIE))).toBe(false);
  });

  it('never checks a Bearer request (a page elsewhere cannot send Authorization without passing CORS)', () => {
    expect(passes(req({ ...COOKIE, origin: 'https://evil.example', authorization: 'Bearer hp_abc' }))).toBe(true);
    expect(passes(req({ ...COOKIE, origin: 'https://evil.example', authorization: 'Basic eDp5' }))).toBe(false);
  });

  it('on REST, checks only requests that carry a cookie', () => {
    const url = 'http://127.0.0.1:3001/api/v1/medcards';
    expect(passes(req({ origin: 'https://evil.example' }, 'POST', url), rest)).toBe(true);
    expect(passes(req({ ...COOKIE, origin: 'https://evil.example' }, 'POST', url), rest)).toBe(false);
    expect(passes(req({ ...COOKIE, origin: 'http://127.0.0.1:3001' }, 'POST', url), rest)).toBe(true);
  });

  it('refuses as a 403 CSRF_REJECTED', () => {
    expect(csrfRefusal(req({ ...COOKIE, origin: 'https://evil.example' }), trpc)).toMatchObject({ code: 'CSRF_REJECTED', httpStatus: 403 });
    expect(csrfRefusal(req({ ...COOKIE, origin: 'http://127.0.0.1:3000' }), trpc)).toBeNull();
  });
});
