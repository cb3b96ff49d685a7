import { topDrugs as readTopDrugs } from '@healthpay/db';
import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { money } from '../medcard/medcard.schemas';
import { monthRange } from './analytics.schemas';

export const topDrugsOutput = z.array(z.object({
  drugCode: z.string(),
  drugName: z.string(),
  claims: z.int(),
  quantity: z.int(),
  submitted: money,
  benefit: money,
}));

/** Drugs the cards paid most for (approved claims), with quantities dispensed. */
export const topDrugs = roleProcedure(...staffMay.seeAnalytics)
  .input(monthRange.extend({ limit: z.int().min(1).max(100).default(10) }))
  .output(topDrugsOutput)
  .query(({ ctx, input }) => readTopDrugs(ctx.services.pool, input));
