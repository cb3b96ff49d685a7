import { AppError } from '../../errors/app-error';
import { createInvitation, getInvitation } from '../../identity/invitations/invitation-store';
import { invitationStatus } from '../../identity/invitations/invitation-rules';
import { roleProcedure } from '../../trpc';
import { accountExists } from './create-errors';
import { auditInvitation, mayHandle, requireStaffOrManager, sendInvitationEmail, viewOf } from './invitation-access';
import { invitationIdInput, invitationSentOutput } from './invitation.schemas';

/**
 * Sends a pending or expired invitation again as a new invitation with a new link and 72 hours; the old link
 * is revoked in the same transaction. Accepted and revoked invitations are not resent (invite again instead).
 */
export const resendInvitation = roleProcedure('support', 'superadmin', 'pharmacist')
  .input(invitationIdInput)
  .output(invitationSentOutput)
  .mutation(async ({ ctx, input }) => {
    requireStaffOrManager(ctx.actor);
    const old = await getInvitation(ctx.services.pool, input.id);
    if (!old || !mayHandle(ctx.actor, old)) {
      await auditInvitation(ctx, 'invitations.resend', input.id, 'INVITATION_NOT_FOUND');
      throw new AppError('INVITATION_NOT_FOUND', 'No such invitation');
    }
    const status = invitationStatus(old, ctx.services.clock());
    if (status === 'accepted') throw new AppError('INVITATION_USED', 'This invitation was accepted already');
    if (status === 'revoked') throw new AppError('INVITATION_REVOKED', 'This invitation was revoked; invite again');
    const created = await createInvitation(ctx.services, {
      email: old.email, role: old.role, pharmacyId: old.pharmacyId, pharmacyRole: old.pharmacyRole, locale: old.locale, createdBy: ctx.actor.userId,
    });
    if (created.status === 'account-exists') {
      await auditInvitation(ctx, 'invitations.resend', input.id, 'ACCOUNT_EXISTS', { email: old.email });
      throw accountExists();
    }
    const emailSent = await sendInvitationEmail(ctx, created.invitation, created.token);
    await auditInvitation(ctx, 'invitations.resend', created.invitation.id, 'ok', {
      email: old.email, before: { invitationId: old.id, status }, after: { invitationId: created.invitation.id, status: 'pending' }, emailSent,
    });
    return { invitation: viewOf(created.invitation, ctx.services.clock()), emailSent };
  });
