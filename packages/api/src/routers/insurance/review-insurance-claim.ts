import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { cardId, entityId, positiveMoney } from '../medcard/medcard.schemas';
import { runMedCardCommand, type MedCardCommandBody } from '../medcard/run-medcard-command';
import { insuranceClaimSnapshot, rejectionReason } from './insurance.schemas';
import { insuranceSnapshotOf } from './insurance-snapshot';

const note = z.string().trim().min(1).max(1000);
const claim = { cardId, claimId: entityId };

export const reviewInsuranceClaimInput = z.discriminatedUnion('decision', [
  /** The insurer pays this much (at most what was claimed). */
  z.object({ ...claim, decision: z.literal('approve'), approvedAmount: positiveMoney }),
  /** Final; OTHER needs a note. */
  z.object({ ...claim, decision: z.literal('reject'), reason: rejectionReason, note: note.optional() }),
  /** Back to the filer to correct and resubmit. */
  z.object({ ...claim, decision: z.literal('return'), note }),
]);

const commandFor = (input: z.infer<typeof reviewInsuranceClaimInput>): MedCardCommandBody => {
  const { cardId, claimId } = input;
  switch (input.decision) {
    case 'approve':
      return { type: 'ApproveInsuranceClaim', data: { cardId, claimId, approvedAmount: input.approvedAmount } };
    case 'reject':
      return { type: 'RejectInsuranceClaim', data: { cardId, claimId, reason: input.reason, ...(input.note && { note: input.note }) } };
    case 'return':
      return { type: 'ReturnInsuranceClaim', data: { cardId, claimId, note: input.note } };
  }
};

/** Staff record the insurer's answer to a submitted claim: approve, reject or return for correction. */
export const reviewInsuranceClaim = roleProcedure(...staffMay.reviewClaims)
  .input(reviewInsuranceClaimInput)
  .output(insuranceClaimSnapshot)
  .mutation(({ ctx, input }) =>
    runMedCardCommand(ctx, {
      operation: `insurance.${input.decision}`,
      input,
      cardId: input.cardId,
      commands: [commandFor(input)],
      result: ({ state }) => insuranceSnapshotOf(state, input.claimId),
    }),
  );
