import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { signedInContext } from '../../../e2e/support/sign-in';

/** Set by the root Playwright config's global setup; the defaults match `npm start`. */
export const MERCHANT_URL = process.env.MERCHANT_URL ?? 'http://127.0.0.1:3002';
export const WEB_URL = process.env.WEB_URL ?? 'http://127.0.0.1:3000';

type Locale = 'ar' | 'en';

/**
 * `pharmacist()`: a pharmacy-portal page signed in as the demo pharmacist (El Ezaby – Maadi);
 * `patient(id, locale)`: a patient-portal page signed in as that patient. Each gets its own context.
 */
export const test = base.extend<{ pharmacist: () => Promise<Page>; patient: (userId: string, locale?: Locale) => Promise<Page> }>({
  pharmacist: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await signedInContext(browser, MERCHANT_URL, 'u-pharmacist', { locale: 'en-US' });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
  patient: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (userId, locale = 'ar') => {
      const context = await signedInContext(browser, WEB_URL, userId, { locale: locale === 'ar' ? 'ar-EG' : 'en-US' });
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

/** Asserts the exact piasters behind a displayed amount (waits for it). */
export const expectPiasters = (amount: Locator, piasters: number) => expect(amount.locator('data').first()).toHaveAttribute('value', String(piasters));

/** What the page shows for an amount, formatted by the browser itself (same ICU as the page). */
export function displayedMoney(page: Page, piasters: number, locale: Locale): Promise<string> {
  return page.evaluate(
    ([p, l]) => new Intl.NumberFormat(l === 'ar' ? 'ar-EG' : 'en-EG', { style: 'currency', currency: 'EGP' }).format(p / 100),
    [piasters, locale] as const,
  );
}
