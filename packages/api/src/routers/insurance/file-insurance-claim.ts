import { z } from 'zod';
import { isStaffRole } from '@healthpay/db';
import { counterProcedure } from '../../auth/active-pharmacy';
import { staffMay } from '../../auth/roles';
import { cardId, entityId, positiveMoney } from '../medcard/medcard.schemas';
import { documentIds, insuranceClaimSnapshot } from './insurance.schemas';
import { runInsuranceCommand } from './run-insurance-command';

export const fileInsuranceClaimInput = z.object({
  cardId,
  amount: positiveMoney,
  documentIds,
  /** A prescription this card approved, when the claim is about one. */
  prescriptionId: entityId.optional(),
  /**
   * Staff: the pharmacy whose claim `prescriptionId` is, when two pharmacies used the id on this card (a claim is
   * card + pharmacy + prescription). A pharmacist's is always their own pharmacy's.
   */
  pharmacyId: entityId.optional(),
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
    const pharmacyId = ctx.actor.role === 'pharmacist' ? (ctx.actor.pharmacyId ?? '') : input.pharmacyId;
    const claimId = ctx.services.newId();
    return runInsuranceCommand(ctx, {
      operation: 'insurance.file',
      input,
      cardId,
      claimId,
      documentIds: input.documentIds,
      // A pharmacist links only their own pharmacy's claim: the domain looks the prescription up under that
      // pharmacy, so another pharmacy's use of the id is simply not found.
      command: (documents = []) => ({
        type: 'FileInsuranceClaim',
        data: {
          cardId, claimId, amount, documents, ...(prescriptionId && { prescriptionId }), ...(pharmacyId && prescriptionId && { pharmacyId }),
          filerRole: isStaffRole(ctx.actor.role) ? 'staff' : 'pharmacy',
        },
      }),
    });
  });
