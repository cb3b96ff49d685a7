import { claimOutcomes as readOutcomes } from '@healthpay/db';
import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { monthRange } from './analytics.schemas';

export const claimOutcomesOutput = z.object({
  approved: z.int(),
  partial: z.int(),
  rejected: z.int(),
  rejectionCodes: z.array(z.object({ code: z.string(), count: z.int() })),
});

/** Prescription claims approved in full, approved in part (capped by the monthly limit) and rejected, with why. */
export const claimOutcomes = roleProcedure(...staffMay.seeAnalytics)
  .input(monthRange)
  .output(claimOutcomesOutput)
  .query(({ ctx, input }) => readOutcomes(ctx.services.pool, input));
