import { AppError } from '../../errors/app-error';
import { limitInvitationLookup, startInvitationTotp } from '../../identity/invitations/accept-invitation';
import { publicProcedure } from '../../trpc';
import { acceptDeps } from './invitation-access';
import { invitationTotpOutput, tokenInput } from './invitation.schemas';
import { closed, notFound, rateLimited } from './token-errors';

/** Two-step roles: the authenticator secret (and otpauth URI for a QR code) to set up before accepting. */
export const startInvitationTotpProcedure = publicProcedure
  .meta({ access: 'public' })
  .input(tokenInput)
  .output(invitationTotpOutput)
  .mutation(async ({ ctx, input }) => {
    const deps = acceptDeps(ctx);
    const limited = await limitInvitationLookup(deps, ctx.request?.ip ?? null);
    if (limited) throw rateLimited(limited);
    const r = await startInvitationTotp(deps, input.token);
    if (r.status === 'ok') return { secret: r.secret, uri: r.uri };
    if (r.status === 'not-found') throw notFound();
    if (r.status === 'not-required') throw new AppError('VALIDATION_FAILED', 'This role does not use two-step sign-in');
    throw closed(r.status);
  });
