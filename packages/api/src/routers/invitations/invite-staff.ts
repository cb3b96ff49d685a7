import { staffMay } from '../../auth/roles';
import { createInvitation } from '../../identity/invitations/invitation-store';
import { roleProcedure } from '../../trpc';
import { accountExists } from './create-errors';
import { auditInvitation, sendInvitationEmail, viewOf } from './invitation-access';
import { invitationSentOutput, inviteStaffInput } from './invitation.schemas';

/** A superadmin invites a staff member by email with a role; a pending invitation to the same email is replaced. */
export const inviteStaff = roleProcedure(...staffMay.manageStaff)
  .input(inviteStaffInput)
  .output(invitationSentOutput)
  .mutation(async ({ ctx, input }) => {
    const created = await createInvitation(ctx.services, {
      email: input.email, role: input.role, pharmacyId: null, pharmacyRole: null, locale: input.locale, createdBy: ctx.actor.userId,
    });
    if (created.status === 'account-exists') {
      await auditInvitation(ctx, 'invitations.staff.create', null, 'ACCOUNT_EXISTS', { email: input.email, role: input.role });
      throw accountExists();
    }
    const emailSent = await sendInvitationEmail(ctx, created.invitation, created.token);
    await auditInvitation(ctx, 'invitations.staff.create', created.invitation.id, 'ok', {
      email: input.email, role: input.role, locale: input.locale, replaced: created.replaced, emailSent,
    });
    return { invitation: viewOf(created.invitation, ctx.services.clock()), emailSent };
  });
