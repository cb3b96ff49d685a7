import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { cardId, cardSnapshot, positiveMoney } from './medcard.schemas';
import { runMedCardCommand } from './run-medcard-command';

export const changeMonthlyLimitInput = z.object({ cardId, monthlyLimit: positiveMoney });

/** Staff set the benefit a card pays per Cairo month; lowered below this month's spending, nothing is left. */
export const changeMonthlyLimit = roleProcedure(...staffMay.changeCardTerms)
  .input(changeMonthlyLimitInput)
  .output(cardSnapshot)
  .mutation(({ ctx, input }) =>
    runMedCardCommand(ctx, {
      operation: 'medcard.changeMonthlyLimit', input, cardId: input.cardId, commands: [{ type: 'ChangeMonthlyLimit', data: input }],
    }),
  );
