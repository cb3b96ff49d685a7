import { displayedMoney, expect, expectPiasters, piastersIn, reloadUntil, runId, test } from '../../../e2e/support/fixtures';

/**
 * Omar's silver card (HP-1000000255): the patient pays 30% of each line (rounded half up, per line), the
 * card the rest. Prescription number and drug codes are new every run, so neither the duplicate-prescription
 * nor the refill rule can answer from an earlier run.
 */
test('a pharmacist checks and submits a claim on Omar’s card; Omar sees his share and the card’s in Arabic', async ({ pharmacist, patient }) => {
  const run = runId();
  const rx = `RX-E2E-${run}`;
  const drugA = `E2E-A-${run}`;
  const drugB = `E2E-B-${run}`;
  // Line 1: 2 × 12.35 = 24.70 → patient 7.41, card 17.29. Line 2: 1 × 5.00 → patient 1.50, card 3.50.
  const lines = [
    { submitted: 2_470, copay: 741, benefit: 1_729 },
    { submitted: 500, copay: 150, benefit: 350 },
  ];
  const total = { submitted: 2_970, copay: 891, benefit: 2_079 };

  const page = await pharmacist();
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New claim' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New claim' })).toBeVisible();

  // As typed at the counter: no HP-, spaces.
  await page.getByLabel('Card number').fill('1000 0002 55');
  await page.getByRole('button', { name: 'Look up' }).click();
  const card = page.getByRole('region', { name: 'Omar Khaled' });
  await expect(card).toContainText('HP-1000000255');
  await expect(card).toContainText('Active');
  const remainingBefore = await piastersIn(card.getByLabel('Remaining this month'));
  expect(remainingBefore, 'the silver card has room for this claim').toBeGreaterThanOrEqual(total.benefit);

  await page.getByRole('radio', { name: /Omar Khaled/ }).check();
  await page.getByLabel('Prescription number').fill(rx);
  const first = page.getByRole('group', { name: 'Drug 1' });
  await first.getByLabel('Drug code').fill(drugA);
  await first.getByLabel('Drug name').fill('Panadol Extra (24 tablets)');
  await first.getByLabel('Quantity').fill('2');
  await first.getByLabel('Unit price (EGP)').fill('12.35');
  await expectPiasters(first.getByRole('status', { name: 'Line total' }), lines[0]!.submitted);

  // Rows can be added and removed.
  await page.getByRole('button', { name: '+ Add drug' }).click();
  await page.getByRole('button', { name: '+ Add drug' }).click();
  await page.getByRole('button', { name: 'Remove drug 3' }).click();
  await expect(page.getByRole('group', { name: 'Drug 3' })).toHaveCount(0);
  const second = page.getByRole('group', { name: 'Drug 2' });
  await second.getByLabel('Drug code').fill(drugB);
  await second.getByLabel('Drug name').fill('Vitamin C 500 mg');
  await second.getByLabel('Unit price (EGP)').fill('5');
  await second.getByLabel('Days supply').fill('10');
  await expectPiasters(page.getByRole('status', { name: 'Prescription total' }), total.submitted);

  // Before anything is recorded: the adjudication.
  await page.getByRole('button', { name: 'Check coverage' }).click();
  const check = page.getByRole('region', { name: 'Coverage check' });
  await expect(check).toContainText('Approved');
  await expectPiasters(check.getByLabel('Collect from the patient'), total.copay);
  await expectPiasters(check.getByLabel('Card pays'), total.benefit);
  await expectPiasters(check.getByLabel('Monthly benefit left after'), remainingBefore - total.benefit);
  const previewRow = check.getByRole('row').filter({ hasText: 'Panadol Extra' });
  await expect(previewRow.locator('data')).toHaveCount(3);
  expect(await previewRow.locator('data').evaluateAll((els) => els.map((e) => Number(e.getAttribute('value'))))).toEqual([
    lines[0]!.submitted,
    lines[0]!.copay,
    lines[0]!.benefit,
  ]);

  await check.getByRole('button', { name: 'Submit claim' }).click();
  const result = page.getByRole('region', { name: 'Claim approved' });
  await expect(result).toContainText(rx);
  await expectPiasters(result.getByLabel('Collect from the patient'), total.copay);
  await expectPiasters(result.getByLabel('Card pays'), total.benefit);
  await expectPiasters(result.getByLabel('Monthly benefit left before'), remainingBefore);
  await expectPiasters(result.getByLabel('Monthly benefit left after'), remainingBefore - total.benefit);
  const resultRow = result.getByRole('row').filter({ hasText: 'Vitamin C' });
  expect(await resultRow.locator('data').evaluateAll((els) => els.map((e) => Number(e.getAttribute('value'))))).toEqual([
    lines[1]!.submitted,
    lines[1]!.copay,
    lines[1]!.benefit,
  ]);
  await expect(page.getByRole('region', { name: 'Notifications' }).getByRole('listitem')).toContainText(`Claim ${rx}: approved`);

  // The pharmacy's claims list (a projection: reload until it has it).
  await page.goto('/claims');
  const listed = page.getByRole('table', { name: 'Claims' }).getByRole('row').filter({ hasText: rx });
  await reloadUntil(page, (retry) => expect(listed).toBeVisible(retry));
  await expect(listed).toContainText('Approved');

  // Omar, in Arabic.
  const omar = await patient('u-omar', 'ar');
  await omar.goto('/ar');
  await omar.getByRole('navigation', { name: 'حساباتي' }).getByRole('link', { name: 'البطاقة الطبية' }).click();
  await expect(omar).toHaveURL(/\/ar\/medcard$/);
  await expect(omar.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(omar.getByRole('heading', { level: 1, name: 'بطاقتي الطبية' })).toBeVisible();
  const claim = omar.getByRole('list', { name: 'الوصفات الطبية' }).getByRole('listitem').filter({ hasText: rx });
  await reloadUntil(omar, (retry) => expect(claim).toBeVisible(retry));
  await expect(claim).toContainText('دفعتها البطاقة');
  const youPaid = claim.getByLabel('دفعت أنت');
  const cardPaid = claim.getByLabel('دفعت البطاقة');
  await expectPiasters(youPaid, total.copay);
  await expect(youPaid).toHaveText(await displayedMoney(omar, total.copay, 'ar'));
  await expectPiasters(cardPaid, total.benefit);
  await expect(cardPaid).toHaveText(await displayedMoney(omar, total.benefit, 'ar'));

  // Per medicine, on request.
  await claim.getByText(/^الأدوية/).click();
  const medicine = claim.getByRole('table', { name: `أدوية الوصفة رقم ${rx}` }).getByRole('row').filter({ hasText: 'Panadol Extra' });
  await expect(medicine).toBeVisible();
  expect(await medicine.locator('data').evaluateAll((els) => els.map((e) => Number(e.getAttribute('value'))))).toEqual([
    lines[0]!.submitted,
    lines[0]!.copay,
    lines[0]!.benefit,
  ]);
});

test('a mistyped card number is caught before any claim', async ({ pharmacist }) => {
  const page = await pharmacist();
  await page.goto('/claims/new');
  await page.getByLabel('Card number').fill('HP-1000000256');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByLabel('Card number')).toHaveAccessibleDescription('This card number has a typo: check the digits against the card.');
  await expect(page.getByRole('button', { name: 'Check coverage' })).toHaveCount(0);
});
