import type { Page } from '@playwright/test';
import { claimAtCounter, expect, expectPiasters, latestSmsCode, piastersIn, reloadUntil, runId, test } from '../../../e2e/support/fixtures';

/** Omar (the holder of HP-1000000255, silver: he pays 30%) and the phone his wallet's codes go to. */
const OMAR_PHONE = '+201223456789';
/** 2 × 12.35 EGP: Omar's share is 7.41 EGP, the card pays 17.29. */
const COPAY = 741;

/** Claims a new prescription on Omar's card at the counter and returns its number (the result is on screen). */
async function claimOnOmarsCard(page: Page): Promise<string> {
  const run = runId();
  const rx = `RX-COPAY-${run}`;
  const result = await claimAtCounter(page, rx, [{ code: `E2E-C-${run}`, name: 'Augmentin 1 g (14 tablets)', quantity: '2', price: '12.35' }]);
  await expect(result).toContainText(rx);
  await expectPiasters(result.getByLabel('Collect from the patient'), COPAY);
  return rx;
}

test('a pharmacist collects Omar’s share from his wallet with the code texted to him; the daily summary counts it under wallets', async ({ pharmacist }) => {
  const page = await pharmacist();
  const rx = await claimOnOmarsCard(page);

  const collect = page.getByRole('region', { name: 'Collect from wallet' });
  await collect.getByRole('button', { name: 'Collect from wallet' }).click();
  await expect(collect.getByRole('status')).toContainText('ending in 789');
  const code = await latestSmsCode(OMAR_PHONE);

  // A wrong code first: refused, with the tries left.
  const field = collect.getByLabel("Code from the patient's SMS");
  await expect(field).toHaveAttribute('inputmode', 'numeric');
  await field.fill(String((Number(code) + 1) % 1_000_000).padStart(6, '0'));
  await collect.getByRole('button', { name: 'Confirm code' }).click();
  await expect(field).toHaveAccessibleDescription('Wrong code. 4 tries left.');

  await field.fill(code);
  await collect.getByRole('button', { name: 'Confirm code' }).click();
  const collected = collect.getByRole('status');
  await expect(collected).toContainText("collected from the patient's wallet.");
  await expectPiasters(collected, COPAY);

  // The pharmacy's claims list marks the copay as paid from the wallet (a projection: reload until it has it).
  await page.goto('/claims');
  const listed = page.getByRole('table', { name: 'Claims' }).getByRole('row').filter({ hasText: rx });
  await reloadUntil(page, (retry) => expect(listed).toContainText('From wallet', retry));

  // The daily summary: copays from wallets apart from cash (this stack's only wallet copay is this one).
  await page.goto('/summary');
  await page.getByRole('button', { name: 'Today' }).click();
  await expectPiasters(page.getByLabel('Copays from wallets'), COPAY);
  expect(await piastersIn(page.getByLabel('Copays in cash'))).toBeGreaterThanOrEqual(0);
});

test('Omar approves the request in the patient portal, in Arabic; the counter screen notices by itself', async ({ pharmacist, patient }) => {
  const omar = await patient('u-omar', 'ar');
  const page = await pharmacist();
  await claimOnOmarsCard(page);
  const collect = page.getByRole('region', { name: 'Collect from wallet' });
  await collect.getByRole('button', { name: 'Collect from wallet' }).click();
  await expect(collect.getByRole('status')).toContainText('ending in 789');

  await omar.goto('/ar');
  const requests = omar.getByRole('region', { name: 'طلبات دفع من الصيدليات' });
  const request = requests.getByRole('listitem').filter({ hasText: 'صيدليات العزبي – المعادي' });
  await expect(request).toBeVisible();
  await expectPiasters(request, COPAY);
  await request.getByRole('button', { name: 'موافقة ودفع' }).click();
  await expect(requests).toHaveCount(0);

  // No reload at the counter: the screen polls the request's status.
  await expect(collect.getByRole('status')).toContainText('The patient approved in the HealthPay app.');

  // Omar's history reads as a prescription share paid at the pharmacy.
  const line = omar.getByRole('list', { name: 'المعاملات' }).getByRole('listitem').filter({ hasText: 'حصتك من وصفة في صيدلية' }).first();
  await reloadUntil(omar, (retry) => expect(line).toBeVisible(retry));
  await expect(line).toContainText('صيدليات العزبي – المعادي');
});
