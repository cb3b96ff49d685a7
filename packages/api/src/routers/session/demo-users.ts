import { env } from '@healthpay/config';
import { listUsers } from '@healthpay/db';
import { z } from 'zod';
import { publicProcedure } from '../../trpc';
import { sessionUser } from './me';

/** Development only: the seeded users one may act as. Empty when dev sign-in is off. */
export const demoUsers = publicProcedure
  .meta({ access: 'public' })
  .input(z.object({ role: z.enum(['patient', 'pharmacist', 'admin']).optional() }).optional())
  .output(z.array(sessionUser))
  .query(({ ctx, input }) => (env().HP_DEV_AUTH ? listUsers(ctx.services.pool, input?.role) : []));
