import { staffMay } from '../../auth/roles';
import { reverseClaim } from '../../claim-reversal/run-reversal';
import { roleProcedure } from '../../trpc';
import { claimResult } from './claim.schemas';
import { staffReverseClaimInput } from './reversal.schemas';

/**
 * Staff reverse an approved claim at any time, with a reason (see `staffMay.reverseClaims`). Same effects and
 * answers as `claims.reverse`, without the same-day limit.
 */
export const staffReversePrescriptionClaim = roleProcedure(...staffMay.reverseClaims)
  .input(staffReverseClaimInput)
  .output(claimResult)
  .mutation(({ ctx, input }) => {
    const { cardId, pharmacyId, prescriptionId, reason, note } = input;
    return reverseClaim(ctx, {
      operation: 'claims.staffReverse', input, cardId, pharmacyId, prescriptionId, reason,
      ...(note !== undefined && { note }), by: { kind: 'staff', userId: ctx.actor.userId },
    });
  });
