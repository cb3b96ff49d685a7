import { staffMay } from '../../auth/roles';
import { toAppError } from '../../errors/app-error';
import { issueOrganizationToken } from '../../identity/api-tokens';
import { auditCommand } from '../../identity/audit-trail';
import { roleProcedure } from '../../trpc';
import { issueOrganizationTokenInput, issueOrganizationTokenOutput } from './organization.schemas';

const DAY_MS = 86_400_000;

/**
 * Issues a REST v1 token that acts as the organization: it may enroll and read its own members, issue them
 * cards and add their family, and nothing else. Revoked like any token (`tokens.revoke`).
 */
export const issueOrganizationTokenProcedure = roleProcedure(...staffMay.administerSecurity)
  .input(issueOrganizationTokenInput)
  .output(issueOrganizationTokenOutput)
  .mutation(async ({ ctx, input }) => {
    const { services } = ctx;
    const now = services.clock();
    const audited = { operation: 'organizations.issueToken', actor: ctx.actor, request: ctx.request, idempotencyKey: null };
    try {
      const { token, view } = await issueOrganizationToken(services, {
        organizationId: input.organizationId,
        name: input.name,
        expiresAt: input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * DAY_MS),
        createdBy: ctx.actor.userId,
      });
      await auditCommand(services, { ...audited, streams: [view.id, input.organizationId] }, 'ok');
      return { token, apiToken: view };
    } catch (error) {
      await auditCommand(services, { ...audited, streams: [input.organizationId] }, toAppError(error).code);
      throw error;
    }
  });
