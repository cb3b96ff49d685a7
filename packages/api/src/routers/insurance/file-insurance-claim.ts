import { z } from 'zod';
import { isStaffRole } from '@healthpay/db';
import { AppError } from '../../errors/app-error';
import { counterProcedure } from '../../auth/active-pharmacy';
import { staffMay } from '../../auth/roles';
import { cardId, entityId, positiveMoney } from '../medcard/medcard.schemas';
import { runMedCardCommand } from '../medcard/run-medcard-command';
import { documents, insuranceClaimSnapshot } from './insurance.schemas';
import { insuranceSnapshotOf } from './insurance-snapshot';

export const fileInsuranceClaimInput = z.object({
  cardId,
  amount: positiveMoney,
  documents,
  /** A prescription this card approved, when the claim is about one. */
  prescriptionId: entityId.optional(),
});

/**
 * Staff or a pharmacy file a claim with the card's insurer. A pharmacist may link only a prescription
 * their own pharmacy dispensed (another pharmacy's is reported as not found).
 */
export const fileInsuranceClaim = counterProcedure('pharmacist', ...staffMay.reviewClaims)
  .input(fileInsuranceClaimInput)
  .output(insuranceClaimSnapshot)
  .mutation(({ ctx, input }) => {
    const { cardId, amount, prescriptionId } = input;
    const claimId = ctx.services.newId();
    return runMedCardCommand(ctx, {
      operation: 'insurance.file',
      input,
      cardId,
      authorize(state) {
        if (ctx.actor.role !== 'pharmacist' || prescriptionId === undefined || state.status === 'none') return;
        const rx = Object.hasOwn(state.prescriptionClaims, prescriptionId) ? state.prescriptionClaims[prescriptionId] : undefined;
        if (rx && rx.claim.pharmacyId !== ctx.actor.pharmacyId) {
          throw new AppError('PRESCRIPTION_NOT_FOUND', `No approved prescription ${prescriptionId} on this card`, { prescriptionId });
        }
      },
      commands: [{
        type: 'FileInsuranceClaim',
        data: { cardId, claimId, amount, documents: input.documents, ...(prescriptionId && { prescriptionId }), filerRole: isStaffRole(ctx.actor.role) ? 'staff' : 'pharmacy' },
      }],
      result: ({ state }) => insuranceSnapshotOf(state, claimId),
    });
  });
