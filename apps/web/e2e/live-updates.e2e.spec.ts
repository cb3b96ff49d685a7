import { randomInt } from 'node:crypto';
import { demoMedCards } from '@healthpay/db/testing';
import { expect, signedInContext, test } from '../../../e2e/support/fixtures';

const MERCHANT_URL = process.env.MERCHANT_URL ?? 'http://127.0.0.1:3002';

test('a claim submitted at the pharmacy appears on the patient’s open Arabic MedCard page without a reload', async ({ patient, browser }) => {
  const page = await patient('u-omar', 'ar');
  await page.goto('/ar/medcard');
  const claims = page.getByRole('region', { name: 'الوصفات الطبية' });
  await expect(claims).toBeVisible();
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });

  // The pharmacist submits through the pharmacy portal's own API, as its claim form does.
  const run = `${Date.now().toString(36)}${randomInt(1000)}`.toUpperCase();
  const rx = `RX-LIVE-${run}`;
  const pharmacy = await signedInContext(browser, MERCHANT_URL, 'u-pharmacist', { locale: 'en-US' });
  try {
    const res = await pharmacy.request.post(`${MERCHANT_URL}/api/trpc/claims.submit`, {
      headers: { origin: MERCHANT_URL, 'idempotency-key': `live-${run}` },
      data: {
        json: {
          cardId: demoMedCards.omar.cardId,
          prescriptionId: rx,
          beneficiaryId: demoMedCards.omar.self,
          lines: [{ drugCode: `LIVE-${run}`, drugName: 'Live update check', quantity: 1, unitPrice: 1_000, totalPrice: 1_000 }],
          submittedTotal: 1_000,
        },
      },
    });
    expect(res.status(), await res.text()).toBe(200);
  } finally {
    await pharmacy.close();
  }

  await expect(claims).toContainText(rx);
  expect(navigations, 'the page was not reloaded').toBe(0);
});
