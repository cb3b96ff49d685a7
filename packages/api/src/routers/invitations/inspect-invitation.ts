import { inspectInvitation, limitInvitationLookup } from '../../identity/invitations/accept-invitation';
import { publicProcedure } from '../../trpc';
import { acceptDeps } from './invitation-access';
import { inspectInvitationOutput, tokenInput } from './invitation.schemas';
import { notFound, rateLimited } from './token-errors';

/**
 * The accept page's first look at a link (no session): valid, expired, used or revoked, with the email and
 * role only. Lookups are limited per client address.
 */
export const inspectInvitationProcedure = publicProcedure
  .meta({ access: 'public' })
  .input(tokenInput)
  .output(inspectInvitationOutput)
  .query(async ({ ctx, input }) => {
    const deps = acceptDeps(ctx);
    const limited = await limitInvitationLookup(deps, ctx.request?.ip ?? null);
    if (limited) throw rateLimited(limited);
    const found = await inspectInvitation(deps, input.token);
    if (!found) throw notFound();
    return found;
  });
