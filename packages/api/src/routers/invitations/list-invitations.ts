import { AppError } from '../../errors/app-error';
import { listInvitations } from '../../identity/invitations/invitation-store';
import { roleProcedure } from '../../trpc';
import { isManager, requireStaffOrManager } from './invitation-access';
import { listInvitationsInput, listInvitationsOutput } from './invitation.schemas';

/**
 * Invitations, newest first, with their status (pending, accepted, expired, revoked): superadmins any; support
 * pharmacists' only; a pharmacy manager their own pharmacy's pharmacists'.
 */
export const listInvitationsProcedure = roleProcedure('support', 'superadmin', 'pharmacist')
  .input(listInvitationsInput)
  .output(listInvitationsOutput)
  .query(async ({ ctx, input }) => {
    requireStaffOrManager(ctx.actor);
    if (input.kind === 'staff' && ctx.actor.role !== 'superadmin') throw new AppError('FORBIDDEN', 'Only superadmins see staff invitations');
    const pharmacyId = isManager(ctx.actor) ? (ctx.actor.pharmacyId as string) : input.pharmacyId;
    if (isManager(ctx.actor) && input.pharmacyId && input.pharmacyId !== pharmacyId) throw new AppError('FORBIDDEN', 'Your own pharmacy only');
    const items = await listInvitations(ctx.services.pool, { kind: input.kind, pharmacyId, status: input.status, limit: input.limit }, ctx.services.clock());
    return { items };
  });
