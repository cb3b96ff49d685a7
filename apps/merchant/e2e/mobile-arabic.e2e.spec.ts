import { expect, MERCHANT_URL, signedInContext, test } from '../../../e2e/support/fixtures';

/*
 * Issue 12: the pharmacy portal on a phone, in Arabic. Every main page is right-to-left and never wider than
 * the screen (wide tables scroll in their own frame or become cards; the nav folds into a menu).
 */
const phone = { viewport: { width: 375, height: 812 }, locale: 'ar-EG' };
const pages = [
  '/',
  '/claims',
  '/claims/new',
  '/claims/HP-1000000255/RX-DEMO-2001',
  '/summary',
  '/summary?patient=omar',
  '/settings',
  '/receipt/HP-1000000255/RX-DEMO-2001',
];

const fitsTheScreen = () => document.documentElement.scrollWidth <= window.innerWidth;

test('every main pharmacy page fits a 375 px phone in Arabic, right to left', async ({ browser }) => {
  const context = await signedInContext(browser, MERCHANT_URL, 'u-pharmacist', phone);
  await context.addCookies([{ name: 'hp-locale', value: 'ar', url: MERCHANT_URL }]);
  const page = await context.newPage();
  try {
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('h1').first(), path).toBeVisible();
      // Client-rendered parts (lists, totals) have settled: no loading placeholder is left.
      await expect(page.getByRole('status').and(page.locator('.animate-pulse')), path).toHaveCount(0);
      await expect(page.locator('html'), path).toHaveAttribute('dir', 'rtl');
      expect(await page.evaluate(fitsTheScreen), `${path} is wider than the screen`).toBe(true);
    }

    // The nav is one menu button on a phone; it opens the links.
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'القائمة الرئيسية' });
    await expect(nav.getByRole('link', { name: 'المطالبات', exact: true })).toBeHidden();
    await nav.getByRole('button').click();
    await nav.getByRole('link', { name: 'المطالبات', exact: true }).click();
    await expect(page).toHaveURL(/\/claims$/);
    await expect(page.getByRole('heading', { level: 1, name: 'المطالبات' })).toBeVisible();
    expect(await page.evaluate(fitsTheScreen)).toBe(true);
  } finally {
    await context.close();
  }
});

test('the sign-in page fits a phone in Arabic too', async ({ browser }) => {
  const context = await browser.newContext({ ...phone, baseURL: MERCHANT_URL });
  await context.addCookies([{ name: 'hp-locale', value: 'ar', url: MERCHANT_URL }]);
  const page = await context.newPage();
  try {
    await page.goto('/signin');
    await expect(page.getByRole('heading', { level: 1, name: 'تسجيل الدخول إلى بوابة الصيدليات' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await page.evaluate(fitsTheScreen)).toBe(true);
  } finally {
    await context.close();
  }
});
