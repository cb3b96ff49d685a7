import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { providerFailure } from '../../payments/provider-call';
import { reconcileDay } from '../../payments/reconcile';
import { roleProcedure } from '../../trpc';
import { provider } from './payment.schemas';

const side = z.object({ status: z.string(), amount: z.int(), refunded: z.int() }).nullable();

/** Finance: the provider's report of a Cairo day against our payments, mismatches first. */
export const reconciliation = roleProcedure(...staffMay.moveMoney)
  .input(z.object({ provider, date: z.iso.date() }))
  .output(z.object({
    provider,
    date: z.string(),
    lines: z.array(z.object({ paymentId: z.string(), providerReference: z.string().nullable(), ours: side, theirs: side, match: z.boolean(), problem: z.string().nullable() })),
    mismatches: z.int(),
  }))
  .query(async ({ ctx, input }) => {
    try {
      const day = await reconcileDay(ctx.services, input.provider, input.date);
      const lines = [...day.lines].sort((a, b) => Number(a.match) - Number(b.match));
      return { provider: input.provider, date: input.date, lines, mismatches: day.mismatches };
    } catch (error) {
      throw providerFailure(input.provider, error) ?? error;
    }
  });
