import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
import { payOnPaymobCheckout } from './payment-sandboxes';
import { signedInContext as signedInAs } from './sign-in';

/**
 * The one Playwright fixtures module of every e2e spec (root and per portal): the portals' URLs, signed-in pages
 * for patients, pharmacists and staff (signed in for real through each portal's Auth.js, once per user and
 * portal: sign-in.ts), and the money helpers specs share.
 */

/** Set by the root Playwright config's global setup; the defaults match `npm start`. */
export const WEB_URL = process.env.WEB_URL ?? 'http://127.0.0.1:3000';
export const ADMIN_URL = process.env.ADMIN_URL ?? 'http://127.0.0.1:3001';
export const MERCHANT_URL = process.env.MERCHANT_URL ?? 'http://127.0.0.1:3002';

export type Locale = 'ar' | 'en';
const browserLocale = (locale: Locale) => (locale === 'ar' ? 'ar-EG' : 'en-US');

/**
 * A fresh context signed in to `baseUrl` as `userId`, reading in `language`: the browser's locale and the
 * staff and pharmacy portals' `hp-locale` cookie say it, so a language remembered on the account (users.locale)
 * never decides what a spec sees. Without `language`, the browser locale given in `options` (else English).
 */
export async function signedInContext(
  browser: Browser,
  baseUrl: string,
  userId: string,
  options: BrowserContextOptions = {},
  language: Locale = options.locale?.startsWith('ar') ? 'ar' : 'en',
): Promise<BrowserContext> {
  const context = await signedInAs(browser, baseUrl, userId, { locale: browserLocale(language), ...options });
  await context.addCookies([{ name: 'hp-locale', value: language, url: baseUrl }]);
  return context;
}

type OpenPage = (userId?: string, locale?: Locale) => Promise<Page>;

/** A page opener for one portal; its contexts close after the test. */
function portalPage(baseUrl: string, defaultUser: string | null, defaultLocale: Locale) {
  return async ({ browser }: { browser: Browser }, use: (open: OpenPage) => Promise<void>) => {
    const contexts: BrowserContext[] = [];
    await use(async (userId = defaultUser ?? '', locale = defaultLocale) => {
      if (!userId) throw new Error(`which user? (${baseUrl})`);
      const context = await signedInContext(browser, baseUrl, userId, {}, locale);
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  };
}

/**
 * `staff(user = 'u-admin', locale = 'en')`: a staff-console page; `pharmacist(user = 'u-pharmacist', locale = 'en')`:
 * a pharmacy-portal page (El Ezaby – Maadi); `patient(user, locale = 'ar')`: a patient-portal page.
 */
export const test = base.extend<{ staff: OpenPage; pharmacist: OpenPage; patient: (userId: string, locale?: Locale) => Promise<Page> }>({
  staff: portalPage(ADMIN_URL, 'u-admin', 'en'),
  pharmacist: portalPage(MERCHANT_URL, 'u-pharmacist', 'en'),
  patient: portalPage(WEB_URL, null, 'ar'),
});

export { expect };
export { latestSmsCode, requestSmsCode } from './sign-in';
export { latestInvitationLink } from './outbox';
export * from './payment-sandboxes';
export * from './counter';

/** The exact piasters behind a displayed amount (<data value> rendered by the Money component). */
export async function piastersIn(amount: Locator): Promise<number> {
  const value = await amount.locator('data').first().getAttribute('value');
  expect(value, 'amount has a machine-readable value').toMatch(/^-?\d+$/);
  return Number(value);
}

/** Asserts the exact piasters behind a displayed amount (waits for it). */
export const expectPiasters = (amount: Locator, piasters: number) => expect(amount.locator('data').first()).toHaveAttribute('value', String(piasters));

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

/**
 * Reloads `page` until `check` passes: a read model (a projection) has caught up. Each try waits at most a second
 * (`check` gets that timeout for its expect), all of them 15 s.
 */
export async function reloadUntil(page: Page, check: (retry: { timeout: number }) => Promise<unknown>): Promise<void> {
  await expect(async () => {
    await page.reload();
    await check({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** The patient portal's words the wallet and top-up steps below click, per language. */
const WALLET_WORDS = {
  ar: { balance: 'رصيدك', topUp: 'شحن المحفظة', card: 'بطاقة أو محفظة موبايل', amount: 'المبلغ (جنيه مصري)', pay: 'متابعة إلى الدفع' },
  en: { balance: 'Your balance', topUp: 'Top up', card: 'Card or mobile wallet', amount: 'Amount (EGP)', pay: 'Continue to payment' },
} as const;

/** Opens the patient's wallet page in `locale`: its balance output and the piasters it shows now. */
export async function openWallet(page: Page, locale: Locale): Promise<{ balance: Locator; before: number }> {
  await page.goto(`/${locale}`);
  const balance = balanceOf(page, WALLET_WORDS[locale].balance);
  return { balance, before: await piastersIn(balance) };
}

/** From the wallet page to the top-up screen. */
export const openTopUp = (page: Page, locale: Locale) => page.getByRole('link', { name: WALLET_WORDS[locale].topUp }).click();

/** On the top-up screen: `pounds` by card, on to Paymob's checkout, paid there with `card` (approved or declined). */
export async function topUpByCard(page: Page, locale: Locale, pounds: number, card: string): Promise<void> {
  await page.getByRole('radio', { name: WALLET_WORDS[locale].card }).check();
  await page.getByLabel(WALLET_WORDS[locale].amount).fill(String(pounds));
  await page.getByRole('button', { name: WALLET_WORDS[locale].pay }).click();
  await payOnPaymobCheckout(page, card, `EGP ${pounds.toFixed(2)}`);
}
