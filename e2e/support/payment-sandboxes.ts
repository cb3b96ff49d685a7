import { expect, type Page } from '@playwright/test';

/** Set by e2e/global-setup.ts when the stack started the sandboxes. */
export const PAYMOB_SANDBOX_URL = process.env.PAYMOB_SANDBOX_URL ?? 'http://127.0.0.1:3010';
export const FAWRY_SANDBOX_URL = process.env.FAWRY_SANDBOX_URL ?? 'http://127.0.0.1:3011';

export const APPROVED_CARD = '4987654321098769';
export const DECLINED_CARD = '4000000000000002';

/** On the Paymob-like hosted checkout: pay `amount` (e.g. "EGP 150.00") with a test card. */
export async function payOnPaymobCheckout(page: Page, card: string, amount: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`^${PAYMOB_SANDBOX_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/unifiedcheckout/`));
  await page.getByLabel('Card number').fill(card);
  await page.getByLabel('Expiry (MM/YY)').fill('12/30');
  await page.getByLabel('CVV').fill('123');
  await page.getByLabel('Name on card').fill('HealthPay E2E');
  await page.getByRole('button', { name: `Pay ${amount}` }).click();
}

/** At the Fawry-like outlet page (in a page of its own): look the code up and take the cash. */
export async function payAtFawryOutlet(page: Page, referenceNumber: string): Promise<void> {
  await page.goto(`${FAWRY_SANDBOX_URL}/outlet`);
  await page.getByLabel('Fawry reference number').fill(referenceNumber);
  await page.getByRole('button', { name: 'Look up' }).click();
  await page.getByRole('button', { name: 'Pay at outlet' }).click();
  await expect(page.getByRole('row', { name: /Status/ })).toContainText('PAID');
}
