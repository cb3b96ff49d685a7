import { ADMIN_URL, expect, signedInContext, test } from '../../../e2e/support/fixtures';

test('support watch the System page: Postgres up, the processes’ own numbers, refreshing; in Arabic too', async ({ browser }) => {
  const context = await signedInContext(browser, ADMIN_URL, 'u-support');
  const page = await context.newPage();
  try {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'System' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'System' })).toBeVisible();
    const dependencies = page.getByRole('region', { name: 'Dependencies' });
    await expect(dependencies.getByRole('listitem').filter({ hasText: 'Postgres' })).toContainText('Up');
    await expect(dependencies.getByRole('listitem').filter({ hasText: 'Paymob' })).toContainText('Working');
    await expect(page.getByText("From the processes' own metrics")).toBeVisible();
    await expect(page.getByRole('region', { name: 'Recent alerts' })).toContainText('PROMETHEUS_URL');
    // Polled: asked again without a reload, and the "Updated" time (to the second) moves on.
    const updated = page.getByText(/^Updated /);
    const first = await updated.textContent();
    await page.waitForResponse((r) => r.url().includes('system.status') && r.ok(), { timeout: 15_000 });
    await expect(updated).not.toHaveText(first ?? '');

    await context.addCookies([{ name: 'hp-locale', value: 'ar', url: ADMIN_URL }]);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'النظام' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('region', { name: 'الخدمات المعتمد عليها' }).getByRole('listitem').filter({ hasText: 'Postgres' })).toContainText('تعمل');
  } finally {
    await context.close();
  }
});

test('finance do not see the System page, and the API refuses them', async ({ browser }) => {
  const context = await signedInContext(browser, ADMIN_URL, 'u-finance');
  const page = await context.newPage();
  try {
    await page.goto('/wallets');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'System' })).toHaveCount(0);
    await page.goto('/system');
    await expect(page.getByText('The System page is for support and superadmins.')).toBeVisible();
  } finally {
    await context.close();
  }
});
