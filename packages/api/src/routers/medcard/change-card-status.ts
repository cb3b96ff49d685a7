import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { cardId, cardSnapshot, reason } from './medcard.schemas';
import { runMedCardCommand, type MedCardCommandBody } from './run-medcard-command';

export const changeCardStatusInput = z.discriminatedUnion('action', [
  z.object({ cardId, action: z.literal('activate') }),
  z.object({ cardId, action: z.literal('reactivate') }),
  z.object({ cardId, action: z.literal('suspend'), reason }),
  z.object({ cardId, action: z.literal('close'), reason }),
  z.object({ cardId, action: z.literal('expire') }),
]);

const commandFor = (input: z.infer<typeof changeCardStatusInput>): MedCardCommandBody => {
  const { cardId } = input;
  switch (input.action) {
    case 'activate':
      return { type: 'ActivateMedCard', data: { cardId } };
    case 'reactivate':
      return { type: 'ReactivateMedCard', data: { cardId } };
    case 'suspend':
      return { type: 'SuspendMedCard', data: { cardId, reason: input.reason } };
    case 'close':
      return { type: 'CloseMedCard', data: { cardId, reason: input.reason } };
    case 'expire':
      return { type: 'ExpireMedCard', data: { cardId } };
  }
};

/** Staff move a card through its life: activate, suspend and close (with a reason), reactivate, expire. */
export const changeCardStatus = roleProcedure(...staffMay.manageAccounts)
  .input(changeCardStatusInput)
  .output(cardSnapshot)
  .mutation(({ ctx, input }) =>
    runMedCardCommand(ctx, { operation: `medcard.${input.action}`, input, cardId: input.cardId, commands: [commandFor(input)] }),
  );
