import { DEMO_PASSWORD } from '@healthpay/api';
import { expect, MERCHANT_URL, test } from '../../../e2e/support/fixtures';

const ADMIN_URL = process.env.ADMIN_URL ?? 'http://127.0.0.1:3001';

test.describe('pharmacy sign-in', () => {
  test('a pharmacist signs in with email and password, and cannot open the staff console', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${MERCHANT_URL}/`);
    await expect(page).toHaveURL(`${MERCHANT_URL}/signin`);

    await page.getByLabel('Email').fill('pharmacist@ezaby.eg');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('don’t match');

    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${MERCHANT_URL}/`);
    // No language was chosen on this browser: the account's own (Arabic, stored on the user) is used.
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('banner')).toContainText('صيدليات العزبي');
    // Switching to English is kept for this browser (and saved on the account).
    await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('banner')).toContainText('El Ezaby Pharmacy');

    // The staff console: its pages send the pharmacist to sign-in, its API refuses them, and their
    // password does not open it either.
    await page.goto(`${ADMIN_URL}/wallets`);
    await expect(page).toHaveURL(`${ADMIN_URL}/signin`);
    const api = await context.request.get(`${ADMIN_URL}/api/trpc/wallet.search?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`);
    expect(api.status()).toBe(401);
    await page.getByLabel('Email').fill('pharmacist@ezaby.eg');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('don’t match');
    await page.goto(`${ADMIN_URL}/audit`);
    await expect(page).toHaveURL(`${ADMIN_URL}/signin`);
    await context.close();
  });
});
