import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { revokeApiToken } from '../../identity/api-tokens';
import { auditCommand } from '../../identity/audit-trail';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { tokenView } from './token.schemas';

/** Revokes a token at once (idempotent). */
export const revokeToken = roleProcedure(...staffMay.administerSecurity)
  .input(z.strictObject({ id: z.uuid() }))
  .output(tokenView)
  .mutation(async ({ ctx, input }) => {
    const revoked = await revokeApiToken(ctx.services, input.id);
    const cmd = { operation: 'tokens.revoke', actor: ctx.actor, request: ctx.request, idempotencyKey: null, streams: [input.id] };
    await auditCommand(ctx.services, cmd, revoked ? 'ok' : 'NOT_FOUND');
    if (!revoked) throw new AppError('NOT_FOUND', 'No such token');
    return revoked;
  });
