import { checkCoverage, expect, expectPiasters, runId, test } from '../../../e2e/support/fixtures';

/**
 * Issue 10 item 9, at the counter: one drug dispensed too soon no longer makes the card pay nothing. Omar's
 * silver card (30%); drug codes are new every run, so only this run's first claim makes drug A too soon.
 */
test('a drug dispensed too soon is not paid, the other drug on the prescription is', async ({ pharmacist }) => {
  const run = runId();
  const drugA = `E2E-RA-${run}`;
  const drugB = `E2E-RB-${run}`;
  const page = await pharmacist();

  const first = await checkCoverage(page, `RX-E2E-RA-${run}`, [{ code: drugA, name: 'Concor 5 mg', price: '10' }]);
  await first.getByRole('button', { name: 'Submit claim' }).click();
  await expect(page.getByRole('region', { name: 'Claim approved' })).toBeVisible();

  // Drug A again with drug B: A is too soon (30 days' supply), B is paid as if A were not there.
  const second = await checkCoverage(page, `RX-E2E-RB-${run}`, [{ code: drugA, name: 'Concor 5 mg', price: '10' }, { code: drugB, name: 'Vitamin C 500 mg', price: '5' }]);
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
