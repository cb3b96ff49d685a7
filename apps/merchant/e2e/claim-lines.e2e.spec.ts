import { randomInt } from 'node:crypto';
import { expect, expectPiasters, test } from '../../../e2e/support/fixtures';

/**
 * Issue 10 item 9, at the counter: one drug dispensed too soon no longer makes the card pay nothing. Omar's
 * silver card (30%); drug codes are new every run, so only this run's first claim makes drug A too soon.
 */
test('a drug dispensed too soon is not paid, the other drug on the prescription is', async ({ pharmacist }) => {
  const run = `${Date.now().toString(36)}${randomInt(1000)}`.toUpperCase();
  const drugA = `E2E-RA-${run}`;
  const drugB = `E2E-RB-${run}`;
  const page = await pharmacist();
  const check = async (rx: string, lines: { code: string; name: string; price: string }[]) => {
    await page.goto('/claims/new');
    await page.getByLabel('Card number').fill('HP-1000000255');
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.getByRole('radio', { name: /Omar Khaled/ }).check();
    await page.getByLabel('Prescription number').fill(rx);
    for (const [i, line] of lines.entries()) {
      if (i > 0) await page.getByRole('button', { name: '+ Add drug' }).click();
      const group = page.getByRole('group', { name: `Drug ${i + 1}` });
      await group.getByLabel('Drug code').fill(line.code);
      await group.getByLabel('Drug name').fill(line.name);
      await group.getByLabel('Unit price (EGP)').fill(line.price);
    }
    await page.getByRole('button', { name: 'Check coverage' }).click();
    return page.getByRole('region', { name: 'Coverage check' });
  };

  const first = await check(`RX-E2E-RA-${run}`, [{ code: drugA, name: 'Concor 5 mg', price: '10' }]);
  await first.getByRole('button', { name: 'Submit claim' }).click();
  await expect(page.getByRole('region', { name: 'Claim approved' })).toBeVisible();

  // Drug A again with drug B: A is too soon (30 days' supply), B is paid as if A were not there.
  const second = await check(`RX-E2E-RB-${run}`, [{ code: drugA, name: 'Concor 5 mg', price: '10' }, { code: drugB, name: 'Vitamin C 500 mg', price: '5' }]);
  await expect(second).toContainText('The lines marked below are not covered now');
  await expect(second.getByRole('row').filter({ hasText: 'Concor' })).toContainText('Not paid by the card: too soon to refill.');
  await expectPiasters(second.getByLabel('Collect from the patient'), 150);
  await expectPiasters(second.getByLabel('Card pays'), 350);
  await expectPiasters(second.getByLabel('Not paid by the card'), 1_000);
  await second.getByRole('button', { name: 'Submit claim' }).click();
  const result = page.getByRole('region', { name: 'Claim approved' });
  await expect(result).toContainText('The lines marked below were not paid by the card.');
  await expectPiasters(result.getByLabel('Card pays'), 350);
});
