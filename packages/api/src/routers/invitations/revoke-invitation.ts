import { AppError } from '../../errors/app-error';
import { getInvitation, revokeInvitation } from '../../identity/invitations/invitation-store';
import { invitationStatus } from '../../identity/invitations/invitation-rules';
import { roleProcedure } from '../../trpc';
import { auditInvitation, mayHandle, requireStaffOrManager, viewOf } from './invitation-access';
import { invitationIdInput, invitationView } from './invitation.schemas';

/** Revokes an invitation that was not accepted: its link stops working at once (idempotent). */
export const revokeInvitationProcedure = roleProcedure('support', 'superadmin', 'pharmacist')
  .input(invitationIdInput)
  .output(invitationView)
  .mutation(async ({ ctx, input }) => {
    requireStaffOrManager(ctx.actor);
    const now = ctx.services.clock();
    const found = await getInvitation(ctx.services.pool, input.id);
    if (!found || !mayHandle(ctx.actor, found)) {
      await auditInvitation(ctx, 'invitations.revoke', input.id, 'INVITATION_NOT_FOUND');
      throw new AppError('INVITATION_NOT_FOUND', 'No such invitation');
    }
    const before = invitationStatus(found, now);
    if (before === 'accepted') throw new AppError('INVITATION_USED', 'This invitation was accepted already');
    const revoked = (await revokeInvitation(ctx.services.pool, input.id, now)) ?? found;
    await auditInvitation(ctx, 'invitations.revoke', input.id, 'ok', { email: found.email, before: { status: before }, after: { status: 'revoked' } });
    return viewOf(revoked, now);
  });
