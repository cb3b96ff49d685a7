import { AppError } from '../../errors/app-error';
import { acceptInvitation, limitInvitationLookup } from '../../identity/invitations/accept-invitation';
import { publicProcedure } from '../../trpc';
import { acceptDeps, auditInvitation } from './invitation-access';
import { acceptInvitationInput, acceptInvitationOutput } from './invitation.schemas';
import { accountExists } from './create-errors';
import { closed, notFound, rateLimited } from './token-errors';

const totpError = (message: string) => new AppError('VALIDATION_FAILED', message, {}, [{ path: 'totpCode', message }]);

/**
 * Accepts an invitation (no session): name and password (and, for two-step roles, a code from the
 * authenticator set up with startTotp). Single use and race-safe (see acceptInvitation); then the invitee
 * signs in on their portal's sign-in page.
 */
export const acceptInvitationProcedure = publicProcedure
  .meta({ access: 'public' })
  .input(acceptInvitationInput)
  .output(acceptInvitationOutput)
  .mutation(async ({ ctx, input }) => {
    const deps = acceptDeps(ctx);
    const limited = await limitInvitationLookup(deps, ctx.request?.ip ?? null);
    if (limited) throw rateLimited(limited);
    const r = await acceptInvitation(deps, input.token, { name: input.name, password: input.password, totpCode: input.totpCode });
    const invitationId = 'invitationId' in r ? r.invitationId : null;
    await auditInvitation(ctx, 'invitations.accept', invitationId, r.status === 'ok' ? 'ok' : r.status.toUpperCase().replace(/-/g, '_'),
      r.status === 'ok' ? { userId: r.userId, email: r.email, role: r.role, pharmacyId: r.pharmacyId, pharmacyRole: r.pharmacyRole } : {});
    switch (r.status) {
      case 'ok':
        return { email: r.email, role: r.role };
      case 'not-found':
        throw notFound();
      case 'rate-limited':
        throw rateLimited(r);
      case 'account-exists':
        throw accountExists();
      case 'weak-password':
        throw new AppError('VALIDATION_FAILED', 'Password too short', {}, [{ path: 'password', message: 'At least 12 characters' }]);
      case 'totp-required':
        throw totpError('Set up your authenticator app and enter its code');
      case 'totp-invalid':
        throw totpError('Wrong code; check the time on your phone and try again');
      default:
        throw closed(r.status);
    }
  });
