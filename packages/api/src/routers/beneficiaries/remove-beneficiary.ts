import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { cardId, cardSnapshot, entityId } from '../medcard/medcard.schemas';
import { runMedCardCommand } from '../medcard/run-medcard-command';

export const removeBeneficiaryInput = z.object({ cardId, beneficiaryId: entityId });

/** Staff take a member off a card (never the holder: close the card instead). */
export const removeBeneficiary = roleProcedure(...staffMay.manageAccounts)
  .input(removeBeneficiaryInput)
  .output(cardSnapshot)
  .mutation(({ ctx, input }) =>
    runMedCardCommand(ctx, { operation: 'beneficiaries.remove', input, cardId: input.cardId, commands: [{ type: 'RemoveBeneficiary', data: input }] }),
  );
