import { listPrescriptionClaims } from '@healthpay/db';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { entityId } from '../medcard/medcard.schemas';
import { claimListFilter, claimPage } from './claim.schemas';
import { claimViewOf, cursorOf } from './claim-result';

/**
 * Claims a pharmacy submitted, newest first. A pharmacist sees only their own pharmacy's (another
 * pharmacy's id is refused); staff may name any pharmacy, or none for all claims.
 */
export const listPharmacyClaims = roleProcedure('pharmacist', ...staffMay.readPatients)
  .input(claimListFilter.extend({ pharmacyId: entityId.optional() }))
  .output(claimPage)
  .query(async ({ ctx, input }) => {
    const { actor } = ctx;
    let { pharmacyId } = input;
    if (actor.role === 'pharmacist') {
      if (!actor.pharmacyId || (pharmacyId !== undefined && pharmacyId !== actor.pharmacyId)) {
        throw new AppError('FORBIDDEN', 'Pharmacists see only their own pharmacy’s claims');
      }
      pharmacyId = actor.pharmacyId;
    }
    const page = await listPrescriptionClaims(ctx.services.pool, { ...input, pharmacyId, cursor: cursorOf(input.cursor) });
    return { items: page.items.map(claimViewOf), nextCursor: page.nextCursor };
  });
