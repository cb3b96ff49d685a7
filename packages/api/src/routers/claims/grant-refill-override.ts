import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { cardId, instant, reason } from '../medcard/medcard.schemas';
import { runMedCardCommand } from '../medcard/run-medcard-command';

export const grantRefillOverrideInput = z.object({
  cardId,
  drugCode: z.string().trim().min(1).max(50),
  /** Why the drug may be dispensed early (lost medication, dose change…): kept for audit. */
  reason,
  /** Until when the override may be used, once; 7 days unless given. */
  expiresAt: instant.optional(),
});

export const refillOverrideView = z.object({
  cardId: z.string(),
  overrideId: z.string(),
  drugCode: z.string(),
  reason: z.string(),
  grantedBy: z.string(),
  expiresAt: z.string(),
});

const WEEK_MS = 7 * 86_400_000;

/** Staff let one claim dispense a drug before its refill date. */
export const grantRefillOverride = roleProcedure(...staffMay.reviewClaims)
  .input(grantRefillOverrideInput)
  .output(refillOverrideView)
  .mutation(({ ctx, input }) => {
    const { cardId, drugCode } = input;
    const overrideId = ctx.services.newId();
    const expiresAt = input.expiresAt ?? new Date(ctx.services.clock().getTime() + WEEK_MS).toISOString();
    return runMedCardCommand(ctx, {
      operation: 'claims.refillOverride',
      input,
      cardId,
      commands: [{ type: 'GrantRefillOverride', data: { cardId, overrideId, drugCode, reason: input.reason, expiresAt } }],
      result: ({ state }) => {
        const granted = state.status !== 'none' && Object.hasOwn(state.refillOverrides, drugCode) ? state.refillOverrides[drugCode] : undefined;
        if (!granted) throw new AppError('INTERNAL', 'The override left no record');
        return { cardId, drugCode, ...granted };
      },
    });
  });
