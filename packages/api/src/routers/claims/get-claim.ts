import { findPrescriptionClaims, getMedCard, getPrescriptionClaim, type PrescriptionClaimRow } from '@healthpay/db';
import { z } from 'zod';
import type { Actor } from '../../auth/actor';
import type { Context } from '../../context';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { assertHolderOrStaff } from '../medcard/medcard-access';
import { cardId, entityId } from '../medcard/medcard.schemas';
import { claimView } from './claim.schemas';
import { claimViewOf } from './claim-result';

export const claimRefInput = z.object({
  cardId,
  prescriptionId: entityId,
  /**
   * Whose claim: a claim is (card, pharmacy, prescription). A pharmacist's is always their own pharmacy's; staff
   * and patients may leave it out when only one pharmacy used the prescription id on the card.
   */
  pharmacyId: entityId.optional(),
});
export type ClaimRefInput = z.infer<typeof claimRefInput>;

const notFound = () => new AppError('PRESCRIPTION_NOT_FOUND', 'Prescription claim not found');

/** The claim the caller means, from the read model; anything they may not see is not found. */
export async function readClaim(ctx: Context & { actor: Actor }, input: ClaimRefInput): Promise<PrescriptionClaimRow> {
  const { actor, services } = ctx;
  if (actor.role === 'pharmacist') {
    if (!actor.pharmacyId) throw notFound();
    return (await getPrescriptionClaim(services.pool, input.cardId, actor.pharmacyId, input.prescriptionId)) ?? notFoundThrow();
  }
  if (actor.role === 'patient') assertHolderOrStaff(actor, (await getMedCard(services.pool, input.cardId))?.holderUserId);
  if (input.pharmacyId) return (await getPrescriptionClaim(services.pool, input.cardId, input.pharmacyId, input.prescriptionId)) ?? notFoundThrow();
  const found = await findPrescriptionClaims(services.pool, input.cardId, input.prescriptionId);
  if (found.length > 1) {
    throw new AppError('VALIDATION_FAILED', 'Two pharmacies used this prescription id on the card: name the pharmacy', {
      pharmacyIds: found.map((c) => c.pharmacyId),
    }, [{ path: 'pharmacyId', message: 'Required: more than one pharmacy used this prescription id' }]);
  }
  return found[0] ?? notFoundThrow();
}
const notFoundThrow = (): never => {
  throw notFound();
};

/**
 * One prescription claim: staff any; a pharmacist only their pharmacy's; a patient only on a card they
 * hold. Anything else is reported as not found, so claims cannot be probed.
 */
export const getPrescriptionClaimProcedure = roleProcedure('patient', 'pharmacist', ...staffMay.readPatients)
  .input(claimRefInput)
  .output(claimView)
  .query(async ({ ctx, input }) => claimViewOf(await readClaim(ctx, input)));
