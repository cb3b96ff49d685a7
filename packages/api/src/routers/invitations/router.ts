import { router } from '../../trpc';
import { acceptInvitationProcedure } from './accept-invitation';
import { inspectInvitationProcedure } from './inspect-invitation';
import { invitePharmacist } from './invite-pharmacist';
import { inviteStaff } from './invite-staff';
import { listInvitationsProcedure } from './list-invitations';
import { resendInvitation } from './resend-invitation';
import { revokeInvitationProcedure } from './revoke-invitation';
import { startInvitationTotpProcedure } from './start-invitation-totp';

export const invitationsRouter = router({
  inviteStaff,
  invitePharmacist,
  list: listInvitationsProcedure,
  revoke: revokeInvitationProcedure,
  resend: resendInvitation,
  inspect: inspectInvitationProcedure,
  startTotp: startInvitationTotpProcedure,
  accept: acceptInvitationProcedure,
});
