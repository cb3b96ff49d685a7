import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { cardId, cardSnapshot, copaymentPercent, monthlyLimitAmount, tier } from './medcard.schemas';
import { runMedCardCommand } from './run-medcard-command';

export const changeTierInput = z.object({
  cardId,
  tier,
  /** The new tier's defaults unless given; the card's old overrides do not carry over. */
  monthlyLimit: monthlyLimitAmount.optional(),
  copaymentPercent: copaymentPercent.optional(),
});

/** Staff move a card to another tier (applies from the next claim on). */
export const changeTier = roleProcedure(...staffMay.changeCardTerms)
  .input(changeTierInput)
  .output(cardSnapshot)
  .mutation(({ ctx, input }) =>
    runMedCardCommand(ctx, { operation: 'medcard.changeTier', input, cardId: input.cardId, commands: [{ type: 'ChangeTier', data: input }] }),
  );
