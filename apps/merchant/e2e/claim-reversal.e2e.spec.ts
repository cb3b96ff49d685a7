import { claimAtCounter, expect, runId, test } from '../../../e2e/support/fixtures';

/**
 * Issue 14 at the counter: the pharmacist reverses today's claim from its detail page (reason, then an explicit
 * confirmation); the page then says it was reversed, and the button is gone. Omar's card; a new drug code per run.
 */
test('a pharmacist reverses today’s approved claim with a reason and a confirmation', async ({ pharmacist }) => {
  const run = runId();
  const rx = `RX-E2E-REV-${run}`;
  const page = await pharmacist();
  await expect(await claimAtCounter(page, rx, [{ code: `E2E-REV-${run}`, name: 'Concor 5 mg', price: '10' }])).toBeVisible();

  await page.goto(`/claims/HP-1000000255/${encodeURIComponent(rx)}`);
  await page.getByRole('button', { name: 'Reverse claim' }).click();
  const form = page.getByRole('region', { name: 'Reverse this claim' });
  await form.getByLabel('Reason').selectOption('PATIENT_LEFT');
  await form.getByRole('button', { name: 'Continue' }).click();
  await expect(form).toContainText('Reverse this claim?');
  await form.getByRole('button', { name: 'Yes, reverse the claim' }).click();

  await expect(page.getByText('This claim was reversed')).toBeVisible();
  await expect(page.getByText('The patient left without the drugs')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reverse claim' })).toHaveCount(0);
});
