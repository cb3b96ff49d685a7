import { randomInt } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';

/** Omar Khaled's silver card (he pays 30% of each line, rounded half up): the counter specs' patient. */
export const OMARS_CARD = 'HP-1000000255';

/** One drug line as typed at the counter (amounts in pounds, as a person types them). */
export interface DrugLine {
  code: string;
  name: string;
  price: string;
  quantity?: string;
}

/** A new upper-case id per run: prescription numbers and drug codes never meet an earlier run's (duplicate and refill rules). */
export const runId = (): string => `${Date.now().toString(36)}${randomInt(1000)}`.toUpperCase();

/** In the pharmacy portal: prescription `rx` on Omar's card with `lines`, up to the coverage check (returned, nothing recorded yet). */
export async function checkCoverage(page: Page, rx: string, lines: DrugLine[]): Promise<Locator> {
  await page.goto('/claims/new');
  await page.getByLabel('Card number').fill(OMARS_CARD);
  await page.getByRole('button', { name: 'Look up' }).click();
  await page.getByRole('radio', { name: /Omar Khaled/ }).check();
  await page.getByLabel('Prescription number').fill(rx);
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.getByRole('button', { name: '+ Add drug' }).click();
    const group = page.getByRole('group', { name: `Drug ${i + 1}` });
    await group.getByLabel('Drug code').fill(line.code);
    await group.getByLabel('Drug name').fill(line.name);
    if (line.quantity) await group.getByLabel('Quantity').fill(line.quantity);
    await group.getByLabel('Unit price (EGP)').fill(line.price);
  }
  await page.getByRole('button', { name: 'Check coverage' }).click();
  return page.getByRole('region', { name: 'Coverage check' });
}

/** Checks coverage and submits the claim; returns the approved claim's region (the caller asserts on it). */
export async function claimAtCounter(page: Page, rx: string, lines: DrugLine[]): Promise<Locator> {
  await (await checkCoverage(page, rx, lines)).getByRole('button', { name: 'Submit claim' }).click();
  return page.getByRole('region', { name: 'Claim approved' });
}
