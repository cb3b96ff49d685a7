import { decodeCursor, listCardClaimRowsWithHolder } from '@healthpay/db';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { assertHolderOrStaff } from '../medcard/medcard-access';
import { cardId } from '../medcard/medcard.schemas';
import { CardClaimPage } from './card-claim-page';
import { claimListFilter, claimPage } from './claim.schemas';
import { cursorOf } from './claim-result';

/** Prescription claims on one card, newest first (the holder or staff). */
export const listCardClaims = roleProcedure('patient', ...staffMay.readPatients)
  .input(claimListFilter.extend({ cardId }))
  .output(claimPage)
  .query(async ({ ctx, input }) => {
    const cursor = input.cursor === undefined ? undefined : (decodeCursor(input.cursor) ?? undefined);
    // The holder comes with the page (one round trip); nothing is answered before the check.
    const { holderUserId, rows, nextCursor } = await listCardClaimRowsWithHolder(ctx.services.pool, input.cardId, {
      status: input.status, from: input.from, to: input.to, cursor, limit: input.limit,
    });
    assertHolderOrStaff(ctx.actor, holderUserId ?? undefined);
    if (holderUserId === null) throw new AppError('CARD_NOT_FOUND', 'MedCard not found');
    // A cursor that did not decode is reported after the access checks, as before they shared a round trip.
    if (input.cursor !== undefined && !cursor) cursorOf(input.cursor);
    // The stored answers with their names: passed through where checked when stored (card-claim-page.ts).
    return new CardClaimPage(rows, nextCursor);
  });
