import type { Harness } from './harness';

/** A claim line whose total is right (amounts in piasters). */
export const rxLine = (drugCode: string, quantity: number, unitPrice: number) =>
  ({ drugCode, drugName: `Drug ${drugCode}`, quantity, unitPrice, totalPrice: quantity * unitPrice });

/** Issues and activates a card for a seeded patient (staff acting); returns the card snapshot. */
export async function activeCard(h: Harness, userId: string, terms: { tier?: 'silver' | 'gold' | 'platinum'; monthlyLimit?: number; copaymentPercent?: number } = {}) {
  const admin = await h.as('u-admin');
  // Seeded patients hold a card already: a fixture's fresh card is a deliberate second one.
  return admin.medcard.issue({
    userId, tier: terms.tier ?? 'gold', monthlyLimit: terms.monthlyLimit, copaymentPercent: terms.copaymentPercent, activate: true,
    secondCardReason: 'test fixture: a fresh card with known terms',
  });
}
