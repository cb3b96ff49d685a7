import { getMedCard, listPrescriptionClaims } from '@healthpay/db';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { assertHolderOrStaff } from '../medcard/medcard-access';
import { cardId } from '../medcard/medcard.schemas';
import { claimListFilter, claimPage } from './claim.schemas';
import { claimViewOf, cursorOf } from './claim-result';

/** Prescription claims on one card, newest first (the holder or staff). */
export const listCardClaims = roleProcedure('patient', ...staffMay.readPatients)
  .input(claimListFilter.extend({ cardId }))
  .output(claimPage)
  .query(async ({ ctx, input }) => {
    const { pool } = ctx.services;
    const card = await getMedCard(pool, input.cardId);
    assertHolderOrStaff(ctx.actor, card?.holderUserId);
    if (!card) throw new AppError('CARD_NOT_FOUND', 'MedCard not found');
    const page = await listPrescriptionClaims(pool, { ...input, cursor: cursorOf(input.cursor) });
    return { items: page.items.map(claimViewOf), nextCursor: page.nextCursor };
  });
