import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

interface Portal {
  name: string;
  base: string;
  signIn: string;
  /** Routes that are not pages: they carry the same headers. */
  api: string[];
}

const portals = (): Portal[] => [
  { name: 'web', base: String(process.env.WEB_URL), signIn: '/ar/signin', api: ['/health', '/api/health/liveness', '/api/trpc/session.me'] },
  { name: 'admin', base: String(process.env.ADMIN_URL), signIn: '/signin', api: ['/health', '/api/trpc/session.me', '/api/v1/openapi.json'] },
  { name: 'merchant', base: String(process.env.MERCHANT_URL), signIn: '/signin', api: ['/health', '/api/trpc/session.me', '/api/v1/openapi.json'] },
];

const nonceOf = (csp: string | undefined): string | undefined => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];

/** The headers every response carries (the stack runs with HP_ENV=development: no HSTS). */
function expectSecurityHeaders(headers: Record<string, string>, where: string): void {
  expect(headers, where).toMatchObject({
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  });
  expect(headers['strict-transport-security'], where).toBeUndefined();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, where).toMatch(/(^|; )script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}' 'strict-dynamic'(;|$)/);
  for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'"]) {
    expect(csp, where).toContain(directive);
  }
  expect(csp, `${where}: no eval outside next dev`).not.toContain('unsafe-eval');
}

test('every portal answers pages, redirects, API routes and health with the security headers', async ({ request }) => {
  for (const p of portals()) {
    const home = await request.get(`${p.base}/`, { maxRedirects: 0 });
    expect(home.status(), `${p.name} /`).toBeLessThan(400);
    expectSecurityHeaders(home.headers(), `${p.name} /`);
    const signIn = await request.get(`${p.base}${p.signIn}`);
    expect(signIn.status(), `${p.name} ${p.signIn}`).toBe(200);
    expectSecurityHeaders(signIn.headers(), `${p.name} ${p.signIn}`);
    for (const path of p.api) expectSecurityHeaders((await request.get(`${p.base}${path}`)).headers(), `${p.name} ${path}`);
  }
});

test('the nonce is new on every request, and every script of the page carries it', async ({ request }) => {
  for (const p of portals()) {
    const [first, second] = [await request.get(`${p.base}${p.signIn}`), await request.get(`${p.base}${p.signIn}`)];
    const [a, b] = [nonceOf(first.headers()['content-security-policy']), nonceOf(second.headers()['content-security-policy'])];
    expect(a, p.name).toBeTruthy();
    expect(a, p.name).not.toBe(b);
    // Next reads the nonce from the request's CSP (set by src/proxy.ts) and puts it on its scripts.
    const scripts = (await second.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, p.name).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, p.name).toContain(`nonce="${b}"`);
  }
});

/** Loads a page collecting CSP violations: the console messages Chromium prints, and the DOM events. */
async function cspViolationsOn(page: Page, url: string): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy event: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  // Next's client runtime sets window.next: its scripts were allowed to run (the page hydrated).
  await expect.poll(() => page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version)).toBe('string');
  return violations;
}

test('sign-in pages load and hydrate without a single CSP violation', async ({ browser }) => {
  for (const p of portals()) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      expect(await cspViolationsOn(page, `${p.base}${p.signIn}`), p.name).toEqual([]);
    } finally {
      await context.close();
    }
  }
});

test('every portal: no X-Powered-By, 400 for undecodable paths, 413 for an 8 MB body to sign-in, tRPC answers never cached', async ({ request }) => {
  const big = Buffer.from(`{"json":[${'1,'.repeat(4 * 1024 * 1024 - 1)}1]}`);
  for (const p of portals()) {
    const page = await request.get(`${p.base}${p.signIn}`);
    expect(page.headers()['x-powered-by'], `${p.name}`).toBeUndefined();
    for (const path of ['/api/v1/%ff', '/api/trpc/%ff', '/ar/%ff']) {
      expect((await request.get(`${p.base}${path}`)).status(), `${p.name} ${path}`).toBe(400);
    }
    const flood = await request.post(`${p.base}/api/trpc/auth.requestOtp`, { data: big, headers: { 'content-type': 'application/json' } });
    expect(flood.status(), `${p.name} 8 MB`).toBe(413);
    const trpc = await request.get(`${p.base}/api/trpc/session.me`);
    expect(trpc.headers()['cache-control'], `${p.name} tRPC`).toBe('no-store');
  }
});
