import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { signedInContext } from '../../../e2e/support/sign-in';

/** Set by the root Playwright config's global setup; the defaults match `npm start`. */
export const ADMIN_URL = process.env.ADMIN_URL ?? 'http://127.0.0.1:3001';
export const WEB_URL = process.env.WEB_URL ?? 'http://127.0.0.1:3000';

/**
 * `staff()`: a staff-console page signed in as the demo admin; `patient(id)`: a patient-portal page
 * (English) signed in as that patient. Each gets its own context, signed in for real (e2e/support/sign-in.ts).
 */
export const test = base.extend<{ staff: () => Promise<Page>; patient: (userId: string) => Promise<Page> }>({
  staff: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await signedInContext(browser, ADMIN_URL, 'u-admin');
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
  patient: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (userId) => {
      const context = await signedInContext(browser, WEB_URL, userId, { locale: 'en-US' });
      contexts.push(context);
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
