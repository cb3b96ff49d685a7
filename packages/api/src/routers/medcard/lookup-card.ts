import { cairoMonth } from '@healthpay/domain';
import { listBeneficiaries } from '@healthpay/db';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { counterProcedure } from '../../auth/active-pharmacy';
import { staffMay } from '../../auth/roles';
import { readCard } from './read-card';
import { auditRead } from '../../identity/audit-trail';
import { countCardLookup } from './count-card-lookup';
import { cardId, cardStatus, copaymentPercent, money, relationship, tier } from './medcard.schemas';

/** What the counter needs: no national IDs, birth dates or phone numbers. */
export const cardLookupView = z.object({
  cardId: z.string(),
  status: cardStatus,
  tier,
  holderName: z.string(),
  expiresAt: z.string(),
  copaymentPercent,
  monthlyLimit: money,
  month: z.string(),
  benefitUsed: money,
  remainingBenefit: money,
  beneficiaries: z.array(z.object({ beneficiaryId: z.string(), name: z.string(), relationship })),
});

/**
 * A pharmacist (or staff) looks a card up by the number on it before dispensing. Every lookup is audited,
 * and limited per user (120 an hour) so card numbers cannot be walked.
 */
export const lookupCard = counterProcedure('pharmacist', ...staffMay.readPatients)
  .input(z.object({ cardNumber: cardId }))
  .output(cardLookupView)
  .query(async ({ ctx, input }) => {
    const { pool } = ctx.services;
    await countCardLookup(ctx, 'medcard.lookup', input.cardNumber);
    const month = cairoMonth(ctx.services.clock().toISOString());
    const card = await readCard(ctx.services, input.cardNumber, month);
    await auditRead(ctx, 'medcard.lookup', input.cardNumber, card ? 'ok' : 'CARD_NOT_FOUND');
    if (!card) throw new AppError('CARD_NOT_FOUND', 'No MedCard with this number');
    const members = await listBeneficiaries(pool, card.cardId);
    return {
      cardId: card.cardId,
      status: card.status,
      tier: card.tier,
      holderName: card.holderName,
      expiresAt: card.expiresAt,
      copaymentPercent: card.copaymentPercent,
      monthlyLimit: card.monthlyLimit,
      month,
      benefitUsed: card.benefitUsed,
      remainingBenefit: Math.max(0, card.monthlyLimit - card.benefitUsed),
      beneficiaries: members.map(({ beneficiaryId, name, relationship }) => ({ beneficiaryId, name, relationship })),
    };
  });
