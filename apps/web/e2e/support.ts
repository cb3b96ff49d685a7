import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { signedInContext } from '../../../e2e/support/sign-in';

/** Set by the root Playwright config's global setup; the defaults match `npm start`. */
export const WEB_URL = process.env.WEB_URL ?? 'http://127.0.0.1:3000';

type Locale = 'ar' | 'en';

/** `patient('u-ahmed')`: a page in a fresh context signed in as that patient (contexts close after the test). */
export const test = base.extend<{ patient: (userId: string, locale?: Locale) => Promise<Page> }>({
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

/** What the page shows for an amount, formatted by the browser itself (same ICU as the page). */
export function displayedMoney(page: Page, piasters: number, locale: Locale, signed = false): Promise<string> {
  return page.evaluate(
    ([p, l, s]) =>
      new Intl.NumberFormat(l === 'ar' ? 'ar-EG' : 'en-EG', { style: 'currency', currency: 'EGP', signDisplay: s ? 'exceptZero' : 'auto' }).format(p / 100),
    [piasters, locale, signed] as const,
  );
}

/** "1250" piasters → "12.50", as a person types it. */
export const typed = (piasters: number): string => `${Math.floor(piasters / 100)}.${String(piasters % 100).padStart(2, '0')}`;

/** The balance output on the patient's wallet page (named by the balance heading). */
export const balanceOf = (page: Page, heading: string): Locator => page.getByRole('status', { name: heading, exact: true });
