import { expect, signedInContext, test } from './support/fixtures';

const adminUrl = () => String(process.env.ADMIN_URL);
const stamp = Date.now() % 10_000;
const orgId = `e2e-employer-${Date.now()}`;
const csv = [
  'externalId,nationalId,phone,nameEn,cardTier',
  `E2E-${stamp}-1,290010101${String(stamp).padStart(4, '0')}5,0155${String(stamp).padStart(4, '0')}001,Sara Mahmoud,silver`,
  `E2E-${stamp}-2,290010101${String(stamp + 1).padStart(4, '0')}5,0155${String(stamp).padStart(4, '0')}002,Omar Khaled,`,
  `E2E-${stamp}-3,12345,0155${String(stamp).padStart(4, '0')}003,Bad Row,`,
].join('\n');

test('a superadmin adds an employer, issues its token, and imports members from a CSV twice (ar)', async ({ browser }) => {
  const admin = await signedInContext(browser, adminUrl(), 'u-admin');
  await admin.addCookies([{ name: 'hp-locale', value: 'en', url: adminUrl() }]);
  const page = await admin.newPage();

  await page.goto('/organizations');
  await expect(page.getByRole('heading', { level: 1, name: 'Organizations' })).toBeVisible();
  await page.getByLabel('Id', { exact: true }).fill(orgId);
  await page.getByLabel('Name in English').fill('E2E Employer');
  await page.getByLabel('Name in Arabic').fill('صاحب عمل تجريبي');
  await page.getByRole('button', { name: 'Add organization' }).click();
  await expect(page.getByText('E2E Employer added')).toBeVisible();
  await page.getByLabel('Organization', { exact: true }).selectOption(orgId);
  await page.getByLabel('Token name').fill('HR system');
  await page.getByRole('button', { name: 'Issue token' }).click();
  await expect(page.getByLabel('Token secret')).toHaveValue(/^hp_/);

  await admin.addCookies([{ name: 'hp-locale', value: 'ar', url: adminUrl() }]);
  await page.goto('/members/import');
  await expect(page.getByRole('heading', { level: 1, name: 'استيراد الأعضاء' })).toBeVisible();
  await page.getByLabel('التسجيل باسم').selectOption(orgId);
  for (const run of [1, 2]) {
    await page.getByLabel('ملف CSV').setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'استيراد' }).click();
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    const summary = page.getByRole('region', { name: 'الملخص' });
    // First run: two enrolled, one error; the same file again: nothing new.
    await expect(summary.getByText('سُجّلوا').locator('..').getByText(run === 1 ? '٢' : '٠')).toBeVisible();
    await expect(summary.getByText('أخطاء').locator('..').getByText('١')).toBeVisible();
    const download = page.waitForEvent('download');
    await summary.getByRole('button', { name: 'تنزيل النتائج (CSV)' }).click();
    expect((await download).suggestedFilename()).toBe('healthpay-members-results.csv');
  }
  await admin.close();
});
