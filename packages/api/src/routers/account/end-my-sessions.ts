import { endSessions } from '@healthpay/db';
import { z } from 'zod';
import { auditCommand } from '../../identity/audit-trail';
import { authedProcedure } from '../../trpc';

/** Signs the caller out on every device (this one too): a phone or laptop was lost or shared. */
export const endMySessions = authedProcedure
  .meta({ access: 'authenticated' })
  // Required (an empty object), so a stray or garbled request cannot sign anyone out.
  .input(z.strictObject({}))
  .output(z.object({ ended: z.literal(true) }))
  .mutation(async ({ ctx }) => {
    await endSessions(ctx.services.pool, ctx.actor.userId, ctx.services.clock());
    await auditCommand(ctx.services, { operation: 'account.sessions.end', actor: ctx.actor, request: ctx.request, idempotencyKey: null, streams: [ctx.actor.userId] }, 'ok');
    return { ended: true as const };
  });
