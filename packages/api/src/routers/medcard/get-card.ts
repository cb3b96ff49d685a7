import { cairoMonth } from '@healthpay/domain';
import { getMedCardWithMembers } from '@healthpay/db';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { auditStaffRead } from '../../identity/audit-trail';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { withMonthBenefit } from './read-card';
import { cardViewOf } from './card-snapshot';
import { assertMayReadCard } from './medcard-access';
import { cardDetail, cardId } from './medcard.schemas';

/** One card from the read models, with its current members and this month's benefit (one statement). */
export const getCard = roleProcedure('patient', 'organization', ...staffMay.readPatients)
  .input(z.object({ cardId }))
  .output(cardDetail)
  .query(async ({ ctx, input }) => {
    const month = cairoMonth(ctx.services.clock().toISOString());
    const card = await withMonthBenefit(ctx.services, await getMedCardWithMembers(ctx.services.pool, input.cardId, month), month);
    // The members came with the card, but nothing is answered before the caller may see it.
    await assertMayReadCard(ctx, card?.holderUserId);
    await auditStaffRead(ctx, 'medcard.get', input.cardId, card ? 'ok' : 'CARD_NOT_FOUND');
    if (!card) throw new AppError('CARD_NOT_FOUND', 'MedCard not found');
    // Added to the view rather than spread into a copy (V8's slow path for an object holding nulls).
    return Object.assign(cardViewOf(card, month), { beneficiaries: card.members });
  });
