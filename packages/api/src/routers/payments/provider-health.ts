import { z } from 'zod';
import { staffProcedure } from '../../trpc';

const state = z.object({ state: z.enum(['closed', 'open', 'half-open']) });

/** Each provider's circuit breaker, for the staff screens. */
export const providerHealth = staffProcedure
  .input(z.object({}).optional())
  .output(z.object({ paymob: state, fawry: state }))
  .query(({ ctx }) => ({
    paymob: { state: ctx.services.payments.breakers.paymob.state() },
    fawry: { state: ctx.services.payments.breakers.fawry.state() },
  }));
