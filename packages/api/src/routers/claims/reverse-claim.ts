import { counterProcedure } from '../../auth/active-pharmacy';
import { reverseClaim } from '../../claim-reversal/run-reversal';
import { actingPharmacy } from '../medcard/medcard-access';
import { claimResult } from './claim.schemas';
import { reverseClaimInput } from './reversal.schemas';

/**
 * A pharmacist takes back their own pharmacy's approved claim on the Cairo day it was approved (wrong card,
 * the patient left without the drugs). The benefit returns to the card's month, a wallet copay to the wallet.
 * Reversing again answers with the first reversal; a rejected claim: CLAIM_NOT_REVERSIBLE; the next day:
 * REVERSAL_WINDOW_CLOSED (staff can still reverse it).
 */
export const reversePrescriptionClaim = counterProcedure('pharmacist')
  .input(reverseClaimInput)
  .output(claimResult)
  .mutation(({ ctx, input }) => {
    const { cardId, prescriptionId, reason, note } = input;
    return reverseClaim(ctx, {
      operation: 'claims.reverse', input, cardId, pharmacyId: actingPharmacy(ctx.actor, undefined), prescriptionId, reason,
      ...(note !== undefined && { note }), by: { kind: 'pharmacist', userId: ctx.actor.userId },
    });
  });
