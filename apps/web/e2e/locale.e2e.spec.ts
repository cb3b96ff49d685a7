import { balanceOf, expect, latestSmsCode, test, WEB_URL } from '../../../e2e/support/fixtures';

const OMAR_PHONE = '+201223456789';

test.describe('patient portal languages', () => {
  test('Arabic is the default: / goes to /ar, right-to-left, Arabic headings and digits', async ({ patient }) => {
    const page = await patient('u-ahmed');
    await page.goto('/');
    await expect(page).toHaveURL(`${WEB_URL}/ar`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { name: 'رصيدك' })).toBeVisible();
    await expect(balanceOf(page, 'رصيدك')).toHaveText(/[٠-٩].*ج\.م\./);
    await expect(page.getByRole('heading', { name: 'المعاملات' })).toBeVisible();
  });

  test('English at /en is left-to-right with English headings', async ({ patient }) => {
    const page = await patient('u-ahmed', 'en');
    await page.goto('/en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { name: 'Your balance' })).toBeVisible();
    await expect(balanceOf(page, 'Your balance')).toHaveText(/EGP\s?[\d,]+\.\d\d/);
    await expect(page.getByRole('button', { name: 'Review transfer' })).toBeVisible();
  });

  test('the language switch flips the same page between Arabic and English', async ({ patient }) => {
    const page = await patient('u-ahmed');
    await page.goto('/ar');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`${WEB_URL}/en`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { name: 'Your balance' })).toBeVisible();

    await page.getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(`${WEB_URL}/ar`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { name: 'رصيدك' })).toBeVisible();
  });

  // Omar's account language is English (seed): signing in on a browser that has not chosen a language lands there.
  test('a signed-out patient signs in in Arabic with the SMS code, lands in the language of the account, and signs out', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: WEB_URL, locale: 'ar-EG' });
    const page = await context.newPage();
    await page.goto('/ar');
    await expect(page).toHaveURL(`${WEB_URL}/ar/signin`);
    await expect(page.getByRole('heading', { name: 'تسجيل الدخول' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'English' })).toBeVisible();

    // Arabic-Indic digits, as an Arabic keyboard types them.
    await page.getByLabel('رقم الموبايل').fill('٠١٢٢٣٤٥٦٧٨٩');
    await page.getByRole('button', { name: 'إرسال الرمز' }).click();
    await expect(page.getByText('أرسلنا رمزًا من 6 أرقام')).toBeVisible();

    await page.getByLabel('رمز التحقق').fill('000000');
    await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
    const code = await latestSmsCode(OMAR_PHONE);
    if (code !== '000000') await expect(page.getByRole('main').getByRole('alert')).toHaveText('الرمز غير صحيح. تأكد منه وحاول مرة أخرى.');

    await page.getByLabel('رمز التحقق').fill(code);
    await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
    await expect(page).toHaveURL(`${WEB_URL}/en`);
    await expect(page.getByRole('heading', { name: 'Your balance' })).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(`${WEB_URL}/en/signin`);
    await page.goto('/ar');
    await expect(page).toHaveURL(`${WEB_URL}/ar/signin`);
    await context.close();
  });
});
