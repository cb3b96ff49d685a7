import { cairoMonth } from '@healthpay/domain';
import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { cardId, cardSnapshot, monthlyLimitAmount } from './medcard.schemas';
import { runMedCardCommand } from './run-medcard-command';

export const changeMonthlyLimitInput = z.object({
  cardId,
  monthlyLimit: monthlyLimitAmount,
  /** Why (audited). Required when the new limit is below what the card already paid this Cairo month. */
  reason: z.string().trim().min(3).max(500).optional(),
});

/**
 * Staff set the benefit a card pays per Cairo month. Lowering it below what the card already paid this month
 * leaves nothing for the rest of the month: that needs a reason (LIMIT_BELOW_USED with the amount used, else).
 */
export const changeMonthlyLimit = roleProcedure(...staffMay.changeCardTerms)
  .input(changeMonthlyLimitInput)
  .output(cardSnapshot)
  .mutation(({ ctx, input }) =>
    runMedCardCommand(ctx, {
      operation: 'medcard.changeMonthlyLimit',
      input,
      cardId: input.cardId,
      commands: [{ type: 'ChangeMonthlyLimit', data: { cardId: input.cardId, monthlyLimit: input.monthlyLimit } }],
      authorize(state) {
        if (state.status === 'none' || input.reason) return;
        const used = state.benefitByMonth[cairoMonth(ctx.services.clock().toISOString())] ?? 0;
        if (input.monthlyLimit < used) {
          throw new AppError('LIMIT_BELOW_USED', 'The card already paid more than this limit this month: give a reason to lower it anyway', {
            used, field: 'reason',
          });
        }
      },
    }),
  );
