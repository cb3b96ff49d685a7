import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** Set by the root Playwright config's global setup; the defaults match `npm start`. */
export const ADMIN_URL = process.env.ADMIN_URL ?? 'http://127.0.0.1:3001';
export const WEB_URL = process.env.WEB_URL ?? 'http://127.0.0.1:3000';

/** Signs a browser context in through a portal's dev sign-in route (an API call, not clicks). */
export async function signIn(context: BrowserContext, baseUrl: string, userId: string, form: Record<string, string> = {}): Promise<void> {
  const res = await context.request.post(`${baseUrl}/api/dev-signin`, { form: { userId, ...form }, maxRedirects: 0 });
  expect(res.status(), `dev sign-in of ${userId}`).toBe(303);
  expect(res.headers().location, `dev sign-in of ${userId} refused`).not.toContain('signin');
}

/**
 * `staff()`: a staff-console page signed in as the demo admin; `patient(id)`: a patient-portal page
 * (English) signed in as that patient. Each gets its own context (the portals share one cookie name).
 */
export const test = base.extend<{ staff: () => Promise<Page>; patient: (userId: string) => Promise<Page> }>({
  staff: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext({ baseURL: ADMIN_URL });
      contexts.push(context);
      await signIn(context, ADMIN_URL, 'u-admin');
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
  patient: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (userId) => {
      const context = await browser.newContext({ baseURL: WEB_URL, locale: 'en-US' });
      contexts.push(context);
      await signIn(context, WEB_URL, userId, { locale: 'en' });
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect };

/** The exact piasters behind a displayed amount (<data value> rendered by the Money component). */
export async function piastersIn(amount: Locator): Promise<number> {
  const value = await amount.locator('data').first().getAttribute('value');
  expect(value, 'amount has a machine-readable value').toMatch(/^-?\d+$/);
  return Number(value);
}
