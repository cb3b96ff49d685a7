import { endSessions } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { auditCommand } from '../../identity/audit-trail';
import { roleProcedure } from '../../trpc';

export const endUserSessionsInput = z.strictObject({ userId: z.string().trim().min(1).max(100) });

/** Support signs a user out on every device (a patient reports a lost phone). */
export const endUserSessions = roleProcedure(...staffMay.manageAccounts)
  .input(endUserSessionsInput)
  .output(z.object({ ended: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const ended = await endSessions(ctx.services.pool, input.userId, ctx.services.clock());
    const cmd = { operation: 'users.sessions.end', actor: ctx.actor, request: ctx.request, idempotencyKey: null, streams: [input.userId] };
    await auditCommand(ctx.services, cmd, ended ? 'ok' : 'NOT_FOUND');
    if (!ended) throw new AppError('NOT_FOUND', 'No such user');
    return { ended: true as const };
  });
