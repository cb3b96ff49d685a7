import { readFile } from 'node:fs/promises';
import { expect, signedInContext, test } from './support/fixtures';

const adminUrl = () => String(process.env.ADMIN_URL);
const merchantUrl = () => String(process.env.MERCHANT_URL);
const PHARMACY = 'ph-ezaby-maadi';

/** The Cairo date `days` days ago: the seed dispensed RX-DEMO-1001 at El Ezaby (Maadi) 20 days before the stack started. */
const cairoDaysAgo = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Cairo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now() - days * 86_400_000);

/**
 * A finished week's statement: finance staff close it (frozen totals) and approve it, each after a confirmation; the
 * pharmacy's pharmacist then sees it approved and downloads it as a PDF and as CSV. Signed in as the superadmin (finance
 * staff too): the finance demo account may carry a second factor from the two-step spec. Expects a freshly seeded stack
 * (the week is open at the start).
 */
test('finance closes and approves a week; the pharmacist downloads the statement', async ({ browser }) => {
  const staff = await signedInContext(browser, adminUrl(), 'u-admin');
  await staff.addCookies([{ name: 'hp-locale', value: 'en', url: adminUrl() }]);
  const page = await staff.newPage();
  await page.goto(`/finance/settlements?pharmacyId=${PHARMACY}&onDate=${cairoDaysAgo(20)}`);
  const row = page.getByRole('table', { name: 'Settlement statements' }).getByRole('row').nth(1);
  await expect(row).toContainText('Open');
  await row.getByRole('link').click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('Statement');
  const statementUrl = new URL(page.url()).pathname;
  const settlementId = decodeURIComponent(statementUrl.split('/').pop() ?? '');

  const actions = page.getByRole('region', { name: 'Statement actions' });
  await actions.getByRole('button', { name: 'Close statement' }).click();
  await expect(actions).toContainText('Its totals are frozen');
  await actions.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('The statement is now Closed.')).toBeVisible();
  await actions.getByRole('button', { name: 'Approve' }).click();
  await actions.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('The statement is now Approved.')).toBeVisible();
  await staff.close();

  const pharmacist = await signedInContext(browser, merchantUrl(), 'u-pharmacist', { locale: 'en-US' });
  await pharmacist.addCookies([{ name: 'hp-locale', value: 'en', url: merchantUrl() }]);
  const tab = await pharmacist.newPage();
  await tab.goto('/');
  await tab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settlements' }).click();
  await tab.locator(`a[href="/settlements/${encodeURIComponent(settlementId)}"]`).click();
  await expect(tab.getByText('Approved', { exact: true })).toBeVisible();
  await expect(tab.getByRole('table', { name: 'Statement lines' })).toContainText('RX-DEMO-1001');

  const downloads = tab.getByRole('group', { name: 'Download' });
  const [pdf] = await Promise.all([tab.waitForEvent('download'), downloads.getByRole('button', { name: 'PDF (Arabic)' }).click()]);
  expect(pdf.suggestedFilename()).toBe(`${settlementId}-ar.pdf`);
  expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const [csv] = await Promise.all([tab.waitForEvent('download'), downloads.getByRole('button', { name: 'CSV file' }).click()]);
  const text = (await readFile(await csv.path())).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('RX-DEMO-1001');
  await pharmacist.close();
});
