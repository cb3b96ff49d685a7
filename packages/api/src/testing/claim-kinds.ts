import { randomUUID } from 'node:crypto';
import type { Harness } from './harness';
import { activeCard, rxLine } from './medcards';

/**
 * A card of u-omar holding every kind of prescription claim, projected: approved, one line rejected (too soon), rejected
 * as a whole, an override used, reversed with a note holding a tab and quotes, and one over the monthly limit.
 */
export async function cardWithEveryKindOfClaim(h: Harness): Promise<string> {
  const card = await activeCard(h, 'u-omar', { tier: 'gold', monthlyLimit: 30_000, copaymentPercent: 20 });
  const cardId = card.cardId;
  const claim = (lines: ReturnType<typeof rxLine>[]) => ({
    cardId, prescriptionId: `rx-${randomUUID()}`, beneficiaryId: card.holder.beneficiaryId, lines, submittedTotal: lines.reduce((s, l) => s + l.totalPrice, 0),
  });
  const pharmacist = await h.as('u-pharmacist');
  const admin = await h.as('u-admin');
  await pharmacist.claims.submit(claim([rxLine('CONCOR', 1, 10_000)]));
  await pharmacist.claims.submit(claim([rxLine('CONCOR', 1, 10_000), rxLine('GLUCO', 2, 2_500)])); // one line too soon
  await pharmacist.claims.submit(claim([rxLine('CONCOR', 1, 10_000)])); // rejected as a whole
  await admin.claims.refillOverride({ cardId, drugCode: 'CONCOR', reason: 'lost the box' });
  await pharmacist.claims.submit(claim([rxLine('CONCOR', 1, 10_000), rxLine('AMLO', 1, 3_000)])); // override used
  const reversed = claim([rxLine('ATOR', 1, 4_000)]);
  await pharmacist.claims.submit(reversed);
  await pharmacist.claims.reverse({ cardId, prescriptionId: reversed.prescriptionId, reason: 'OTHER', note: 'typed the wrong card\tand "quoted" 🙂' });
  await pharmacist.claims.submit(claim([rxLine('INSUL', 1, 50_000)])); // over the limit: partial or rejected
  await h.project();
  return cardId;
}
