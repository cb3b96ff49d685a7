import { randomInt } from 'node:crypto';
import { expect, test } from '../../../e2e/support/fixtures';

/**
 * Issue 14 at the counter: the pharmacist reverses today's claim from its detail page (reason, then an explicit
 * confirmation); the page then says it was reversed, and the button is gone. Omar's card; a new drug code per run.
 */
test('a pharmacist reverses today’s approved claim with a reason and a confirmation', async ({ pharmacist }) => {
  const run = `${Date.now().toString(36)}${randomInt(1000)}`.toUpperCase();
  const rx = `RX-E2E-REV-${run}`;
  const page = await pharmacist();
  await page.goto('/claims/new');
  await page.getByLabel('Card number').fill('HP-1000000255');
  await page.getByRole('button', { name: 'Look up' }).click();
  await page.getByRole('radio', { name: /Omar Khaled/ }).check();
  await page.getByLabel('Prescription number').fill(rx);
  const drug = page.getByRole('group', { name: 'Drug 1' });
  await drug.getByLabel('Drug code').fill(`E2E-REV-${run}`);
  await drug.getByLabel('Drug name').fill('Concor 5 mg');
  await drug.getByLabel('Unit price (EGP)').fill('10');
  await page.getByRole('button', { name: 'Check coverage' }).click();
  await page.getByRole('region', { name: 'Coverage check' }).getByRole('button', { name: 'Submit claim' }).click();
  await expect(page.getByRole('region', { name: 'Claim approved' })).toBeVisible();

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
