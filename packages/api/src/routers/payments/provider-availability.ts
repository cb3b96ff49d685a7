import { z } from 'zod';
import { authedProcedure } from '../../trpc';

const availability = z.enum(['available', 'unavailable']);

/** Whether each way to top up is open now (its circuit breaker is not open), for the patient's choice. */
export const providerAvailability = authedProcedure
  .meta({ access: 'authenticated' })
  .input(z.object({}).optional())
  .output(z.object({ paymob: availability, fawry: availability }))
  .query(({ ctx }) => {
    const of = (p: 'paymob' | 'fawry') => (ctx.services.payments.breakers[p].state() === 'open' ? 'unavailable' : 'available');
    return { paymob: of('paymob'), fawry: of('fawry') };
  });
