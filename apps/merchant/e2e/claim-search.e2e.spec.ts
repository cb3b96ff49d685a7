import { readFile } from 'node:fs/promises';
import { expect, MERCHANT_URL, test } from '../../../e2e/support/fixtures';

/*
 * Issue 10 item 18: the daily summary's claim search → its CSV export → a claim's printable receipt.
 * Seeded: RX-DEMO-2001 dispensed by El Ezaby (the demo pharmacist's pharmacy) for Omar Khaled (card HP-1000000255);
 * RX-DEMO-1002 by Seif Pharmacy, which El Ezaby must never see.
 */
test('search the pharmacy’s claims, export them as CSV, print a receipt', async ({ pharmacist }) => {
  const page = await pharmacist();
  await page.goto('/summary');
  const form = page.getByRole('search', { name: 'Search claims' });
  await form.getByLabel('Prescription number').fill('rx-demo-20');
  await form.getByLabel('Patient name').fill('omar');
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/[?&]rx=rx-demo-20&patient=omar$/);
  const results = page.getByRole('table', { name: 'Claims found' });
  const row = results.getByRole('row').filter({ hasText: 'RX-DEMO-2001' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Omar Khaled');

  // The search survives a reload (it is in the URL).
  await page.reload();
  await expect(page.getByRole('search', { name: 'Search claims' }).getByLabel('Patient name')).toHaveValue('omar');
  await expect(row).toBeVisible();

  // The CSV of the same search: a BOM for Excel, amounts in pounds beside EGP, only this pharmacy's claims.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile(await download.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('Decided (Cairo),Prescription,Card number,Patient,Status,Total,Patient paid,Paid,Card pays,Currency');
  const demo = lines.find((l) => l.includes(',RX-DEMO-2001,'));
  expect(demo).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2},RX-DEMO-2001,HP-1000000255,Omar Khaled,[^,]+,\d+\.\d{2},\d+\.\d{2},[^,]*,\d+\.\d{2},EGP$/);

  // Another pharmacy's prescription is not found, in the page and in the file.
  await page.goto('/summary?rx=RX-DEMO-1002');
  await expect(page.getByText('No claims match this search')).toBeVisible();
  const other = await page.request.get(`${MERCHANT_URL}/summary/claims.csv?rx=RX-DEMO-1002`);
  expect(other.status()).toBe(200);
  expect((await other.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n')).toHaveLength(1);

  // The receipt: printable, card number masked, and only the receipt on paper.
  await page.goto('/summary?rx=RX-DEMO-2001');
  await page.getByRole('table', { name: 'Claims found' }).getByRole('row').filter({ hasText: 'RX-DEMO-2001' }).getByRole('link', { name: 'Receipt' }).click();
  const receipt = page.getByRole('article', { name: 'Patient receipt' });
  await expect(receipt).toContainText('HP-••••••0255');
  await expect(receipt).not.toContainText('HP-1000000255');
  await expect(receipt).toContainText('Omar Khaled');
  await expect(receipt).toContainText('EGP');
  const print = page.getByRole('button', { name: 'Print' });
  await expect(print).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(print).toBeHidden();
  await expect(receipt).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The same receipt in Arabic.
  await page.context().addCookies([{ name: 'hp-locale', value: 'ar', url: MERCHANT_URL }]);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const arabic = page.getByRole('article', { name: 'إيصال المريض' });
  await expect(arabic).toContainText('ج.م.');
  await expect(arabic).toContainText('HP-••••••0255');
  await expect(page.getByRole('button', { name: 'طباعة' })).toBeVisible();
});
