import { DEMO_PASSWORD } from '@healthpay/api';
import { base32Decode, totpCode, totpStep } from '../../../packages/api/src/identity/totp';
import { ADMIN_URL, expect, signedInContext, test } from '../../../e2e/support/fixtures';

test('a staff member turns on two-step sign-in; signing in then asks for an authenticator code', async ({ browser }) => {
  // Finance's account: no other e2e spec signs in as finance, so its new second factor stays out of their way.
  const context = await signedInContext(browser, ADMIN_URL, 'u-finance');
  const page = await context.newPage();
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Two-step sign-in' })).toBeVisible();
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  const key = base32Decode((await page.getByLabel('Setup key').textContent()) ?? '');

  // Codes are accepted one 30-second step either side of the server's clock, each step once.
  const step = totpStep(new Date());
  await page.getByLabel('Code from your app').fill(totpCode(key, step));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByText('On: signing in asks for your password and a code')).toBeVisible();
  await context.close();

  const fresh = await browser.newContext({ baseURL: ADMIN_URL });
  // A browser where English was chosen: the language stored on the account does not decide what this spec reads.
  await fresh.addCookies([{ name: 'hp-locale', value: 'en', url: ADMIN_URL }]);
  const signIn = await fresh.newPage();
  await signIn.goto('/signin');
  await signIn.getByLabel('Email').fill('finance@healthpay.eg');
  await signIn.getByLabel('Password').fill(DEMO_PASSWORD);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(signIn.getByRole('main').getByRole('alert')).toHaveText('Enter the 6-digit code from your authenticator app.');
  // The code already used to turn it on is refused; the next one lets them in.
  await signIn.getByLabel('Authenticator code').fill(totpCode(key, step));
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(signIn.getByRole('main').getByRole('alert')).toContainText('That code is not right');
  await signIn.getByLabel('Authenticator code').fill(totpCode(key, step + 1));
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(signIn).toHaveURL(`${ADMIN_URL}/wallets`);
  await expect(signIn.getByRole('link', { name: /Hoda Ragab · Finance/ })).toBeVisible();
  await fresh.close();
});
