import { cairoMonth } from '@healthpay/domain';
import { listBeneficiaries } from '@healthpay/db';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { auditStaffRead } from '../../identity/audit-trail';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { readCard } from './read-card';
import { cardViewOf, memberOf } from './card-snapshot';
import { assertMayReadCard } from './medcard-access';
import { cardDetail, cardId } from './medcard.schemas';

/** One card from the read models, with its current members and this month's benefit. */
export const getCard = roleProcedure('patient', 'organization', ...staffMay.readPatients)
  .input(z.object({ cardId }))
  .output(cardDetail)
  .query(async ({ ctx, input }) => {
    const { pool } = ctx.services;
    const now = ctx.services.clock().toISOString();
    const card = await readCard(ctx.services, input.cardId, cairoMonth(now));
    await assertMayReadCard(ctx, card?.holderUserId);
    await auditStaffRead(ctx, 'medcard.get', input.cardId, card ? 'ok' : 'CARD_NOT_FOUND');
    if (!card) throw new AppError('CARD_NOT_FOUND', 'MedCard not found');
    return { ...cardViewOf(card, now), beneficiaries: (await listBeneficiaries(pool, card.cardId)).map(memberOf) };
  });
