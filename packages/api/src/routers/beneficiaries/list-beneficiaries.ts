import { getMedCard, listBeneficiaries as readBeneficiaries } from '@healthpay/db';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { assertMayReadCard } from '../medcard/medcard-access';
import { cardId } from '../medcard/medcard.schemas';
import { beneficiaryListItem } from './beneficiary.schemas';

/** Members of a card, the holder first (staff and the holder; pharmacists use `medcard.lookup`). */
export const listBeneficiaries = roleProcedure('patient', 'organization', ...staffMay.readPatients)
  .input(z.object({ cardId, includeRemoved: z.boolean().default(false) }))
  .output(z.array(beneficiaryListItem))
  .query(async ({ ctx, input }) => {
    const card = await getMedCard(ctx.services.pool, input.cardId);
    await assertMayReadCard(ctx, card?.holderUserId);
    if (!card) throw new AppError('CARD_NOT_FOUND', 'MedCard not found');
    const rows = await readBeneficiaries(ctx.services.pool, input.cardId, input);
    return rows.map(({ cardId: _card, updatedAt: _updated, ...member }) => member);
  });
