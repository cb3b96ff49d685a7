import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { cardId, cardSnapshot, copaymentPercent } from './medcard.schemas';
import { runMedCardCommand } from './run-medcard-command';

export const changeCopaymentInput = z.object({ cardId, copaymentPercent });

/** Staff set the patient's share of each eligible amount (whole percent). */
export const changeCopayment = roleProcedure(...staffMay.changeCardTerms)
  .input(changeCopaymentInput)
  .output(cardSnapshot)
  .mutation(({ ctx, input }) =>
    runMedCardCommand(ctx, { operation: 'medcard.changeCopayment', input, cardId: input.cardId, commands: [{ type: 'ChangeCopayment', data: input }] }),
  );
