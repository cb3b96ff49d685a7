import { randomInt } from 'node:crypto';
import { expect, signedInContext, test } from '../../../e2e/support/fixtures';

const ADMIN_URL = process.env.ADMIN_URL ?? 'http://127.0.0.1:3001';

/**
 * Issue 10 items 12 and 18: a pharmacist files an insurance claim with a PDF from the pharmacy portal; the claims
 * reviewer sees it in the staff queue as a link and opens it inline (sandboxed, not cached).
 */
test('a pharmacist files an insurance claim with a PDF, the reviewer opens it', async ({ pharmacist, browser }) => {
  const run = `${Date.now().toString(36)}${randomInt(1000)}`;
  const name = `invoice-${run}.pdf`;
  const pdf = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% e2e ${run}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

  const page = await pharmacist();
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insurance claims' }).click();
  await expect(page.getByRole('heading', { name: 'Insurance claims', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'File an insurance claim' }).click();
  const form = page.getByRole('form', { name: 'File an insurance claim' });
  // Ahmed's seeded prescription at this pharmacy (El Ezaby): EGP 34.60 left uncovered.
  const prescription = form.getByLabel('Prescription claimed at this pharmacy');
  const option = prescription.locator('option', { hasText: 'RX-DEMO-1001' });
  await prescription.selectOption((await option.getAttribute('value')) ?? '');
  await form.getByLabel('Amount claimed (EGP)').fill('1.00');
  await form.getByLabel('Documents').setInputFiles({ name, mimeType: 'application/pdf', buffer: pdf });
  await expect(form.getByRole('link', { name })).toBeVisible();
  // A file that only claims to be a PDF is refused before the form is sent.
  await form.getByLabel('Documents').setInputFiles({ name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') });
  await expect(form).toContainText('fake.pdf: Only PDF, JPEG and PNG files are accepted.');
  await form.getByRole('button', { name: 'File claim' }).click();

  const mine = page.getByRole('list', { name: "Your pharmacy's insurance claims" }).getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
  await expect(mine).toContainText('Waiting for review');
  await expect(mine.getByRole('link', { name })).toHaveAttribute('target', '_blank');

  const staff = await signedInContext(browser, ADMIN_URL, 'u-reviewer');
  try {
    const review = await staff.newPage();
    await review.goto('/insurance');
    const link = review.getByRole('link', { name });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('target', '_blank');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/documents\/[0-9a-f-]{36}$/);
    const res = await staff.request.get(`${ADMIN_URL}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()).toMatchObject({
      'content-type': 'application/pdf', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store',
      'content-security-policy': expect.stringMatching(/^sandbox; default-src 'none'/),
      'content-disposition': expect.stringMatching(/^inline; /),
    });
    expect((await res.body()).equals(pdf)).toBe(true);
    // Another pharmacy's pharmacist cannot open it.
    const other = await signedInContext(browser, process.env.MERCHANT_URL ?? 'http://127.0.0.1:3002', 'u-pharmacist-seif');
    try {
      expect((await other.request.get(`${process.env.MERCHANT_URL ?? 'http://127.0.0.1:3002'}${href}`)).status()).toBe(404);
    } finally {
      await other.close();
    }
  } finally {
    await staff.close();
  }
});
