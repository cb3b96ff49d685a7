import { getMedCard, getPrescriptionClaim } from '@healthpay/db';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { assertHolderOrStaff } from '../medcard/medcard-access';
import { cardId, entityId } from '../medcard/medcard.schemas';
import { claimView } from './claim.schemas';
import { claimViewOf } from './claim-result';

/**
 * One prescription claim: staff any; a pharmacist only their pharmacy's; a patient only on a card they
 * hold. Anything else is reported as not found, so claims cannot be probed.
 */
export const getPrescriptionClaimProcedure = roleProcedure('patient', 'pharmacist', ...staffMay.readPatients)
  .input(z.object({ cardId, prescriptionId: entityId }))
  .output(claimView)
  .query(async ({ ctx, input }) => {
    const { actor, services } = ctx;
    const claim = await getPrescriptionClaim(services.pool, input.cardId, input.prescriptionId);
    const notFound = new AppError('PRESCRIPTION_NOT_FOUND', 'Prescription claim not found');
    if (actor.role === 'pharmacist' && claim?.pharmacyId !== actor.pharmacyId) throw notFound;
    if (actor.role === 'patient') assertHolderOrStaff(actor, (await getMedCard(services.pool, input.cardId))?.holderUserId);
    if (!claim) throw notFound;
    return claimViewOf(claim);
  });
