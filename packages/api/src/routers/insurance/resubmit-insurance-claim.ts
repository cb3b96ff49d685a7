import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { counterProcedure } from '../../auth/active-pharmacy';
import { staffMay } from '../../auth/roles';
import { cardId, entityId, positiveMoney } from '../medcard/medcard.schemas';
import { documentIds, insuranceClaimSnapshot } from './insurance.schemas';
import { runInsuranceCommand } from './run-insurance-command';

export const resubmitInsuranceClaimInput = z.object({
  cardId,
  claimId: entityId,
  /** Left out: unchanged. */
  amount: positiveMoney.optional(),
  /** Left out: the claim's documents stay; given: they replace them (earlier ones may be named again). */
  documentIds: documentIds.optional(),
});

/** A returned claim goes back for review, corrected (staff, or the pharmacist who filed it). */
export const resubmitInsuranceClaim = counterProcedure('pharmacist', ...staffMay.reviewClaims)
  .input(resubmitInsuranceClaimInput)
  .output(insuranceClaimSnapshot)
  .mutation(({ ctx, input }) => {
    const { cardId, claimId, amount } = input;
    return runInsuranceCommand(ctx, {
      operation: 'insurance.resubmit',
      input,
      cardId,
      claimId,
      documentIds: input.documentIds,
      authorize(state) {
        if (ctx.actor.role !== 'pharmacist') return;
        const claim = state.status !== 'none' && Object.hasOwn(state.insuranceClaims, claimId) ? state.insuranceClaims[claimId] : undefined;
        if (claim?.filedBy.actorId !== ctx.actor.userId) throw new AppError('INSURANCE_CLAIM_NOT_FOUND', 'Insurance claim not found');
      },
      command: (documents) => ({
        type: 'ResubmitInsuranceClaim',
        data: { cardId, claimId, ...(amount !== undefined && { amount }), ...(documents && { documents }) },
      }),
    });
  });
