import { randomUUID } from 'node:crypto';
import { ADMIN_URL, APPROVED_CARD, expect, openTopUp, openWallet, reloadUntil, signedInContext, test, topUpByCard } from '../../../e2e/support/fixtures';

test('finance refunds 50 EGP of a 150 EGP card top-up: refund completed, 100 still refundable, the wallet debited', async ({ browser, patient }) => {
  // The patient tops up 150 EGP by card (English portal).
  const mona = await patient('u-mona', 'en');
  const { balance, before: start } = await openWallet(mona, 'en');
  await openTopUp(mona, 'en');
  await topUpByCard(mona, 'en', 150, APPROVED_CARD);
  await expect(mona.getByRole('heading', { name: 'Money added to your wallet' })).toBeVisible({ timeout: 20_000 });
  const paymentId = /\/payments\/([0-9a-f-]{36})/.exec(mona.url())?.[1] ?? '';
  expect(paymentId).not.toBe('');

  await mona.goto('/en');
  await reloadUntil(mona, (retry) => expect(balance.locator('data')).toHaveAttribute('value', String(start + 15_000), retry));

  // Finance finds it in the console.
  const context = await signedInContext(browser, ADMIN_URL, 'u-finance');
  try {
    const page = await context.newPage();
    await page.goto('/payments');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Payments' }).click();
    await expect(page.getByRole('region', { name: 'Payment providers' })).toContainText('Paymob');
    await page.getByLabel('Provider', { exact: true }).selectOption('paymob');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/provider=paymob/);
    await page.getByRole('row').filter({ hasText: paymentId }).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/payments/${paymentId}$`));

    const refundable = page.getByLabel('Refundable', { exact: true });
    await expect(refundable.locator('data')).toHaveAttribute('value', '15000');
    await expect(page.getByRole('table', { name: 'Provider notifications' })).toContainText('Success');

    const reason = `e2e goodwill ${randomUUID().slice(0, 8)}`;
    const refundForm = page.getByRole('region', { name: 'Refund', exact: true });
    await refundForm.getByRole('radio', { name: 'Partial' }).check();
    await refundForm.getByLabel('Refund amount (EGP)').fill('50');
    await refundForm.getByLabel('Reason').fill(reason);
    await refundForm.getByRole('button', { name: 'Review refund' }).click();

    const confirm = page.getByRole('region', { name: 'Confirm refund' });
    await expect(confirm).toContainText("Refund EGP 50.00 to the patient's card? The wallet is debited now.");
    await confirm.getByRole('button', { name: 'Confirm refund' }).click();

    const refundRow = page.getByRole('table', { name: 'Refunds', exact: true }).getByRole('row').filter({ hasText: reason });
    await expect(refundRow).toContainText('Completed', { timeout: 20_000 });
    await expect(refundRow.locator('data')).toHaveAttribute('value', '5000');
    await expect(refundable.locator('data')).toHaveAttribute('value', '10000');
    await expect(refundable).toHaveText('EGP 100.00');
  } finally {
    await context.close();
  }

  // The wallet was debited 50 EGP.
  await reloadUntil(mona, (retry) => expect(balance.locator('data')).toHaveAttribute('value', String(start + 15_000 - 5_000), retry));
});
