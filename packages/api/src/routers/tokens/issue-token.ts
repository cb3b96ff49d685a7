import { issueApiToken } from '../../identity/api-tokens';
import { auditCommand } from '../../identity/audit-trail';
import { toAppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { issueTokenInput, issueTokenOutput } from './token.schemas';

const DAY_MS = 86_400_000;

/** Issues a REST v1 token scoped to one pharmacy, acting as one of its pharmacists. */
export const issueToken = roleProcedure(...staffMay.administerSecurity)
  .input(issueTokenInput)
  .output(issueTokenOutput)
  .mutation(async ({ ctx, input }) => {
    const { services } = ctx;
    const now = services.clock();
    const audited = { operation: 'tokens.issue', actor: ctx.actor, request: ctx.request, idempotencyKey: null };
    try {
      const { token, view } = await issueApiToken(services, {
        userId: input.userId,
        pharmacyId: input.pharmacyId,
        name: input.name,
        expiresAt: input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * DAY_MS),
        createdBy: ctx.actor.userId,
      });
      await auditCommand(services, { ...audited, streams: [view.id] }, 'ok');
      return { token, apiToken: view };
    } catch (error) {
      await auditCommand(services, { ...audited, streams: [] }, toAppError(error).code);
      throw error;
    }
  });
