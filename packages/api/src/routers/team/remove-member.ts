import { AppError } from '../../errors/app-error';
import { deactivateAccount } from '../../identity/staff/staff-changes';
import { roleProcedure } from '../../trpc';
import { isManager } from '../invitations/invitation-access';
import { settle } from '../staff/staff-result';
import { personView } from '../staff/staff.schemas';
import { removeMemberInput } from './team.schemas';

/**
 * A pharmacy manager removes one of their own pharmacy's pharmacists (deactivation: sessions end at once).
 * Another pharmacy's pharmacist, or themselves, is not found.
 */
export const removeMember = roleProcedure('pharmacist')
  .input(removeMemberInput)
  .output(personView)
  .mutation(async ({ ctx, input }) => {
    if (!isManager(ctx.actor)) throw new AppError('FORBIDDEN', 'Only a pharmacy manager removes pharmacists');
    const r = await deactivateAccount(ctx.services.pool, input.userId, {
      reason: input.reason, at: ctx.services.clock(), onlyPharmacy: { pharmacyId: ctx.actor.pharmacyId as string, self: ctx.actor.userId },
    });
    return settle(ctx, 'team.remove', input.userId, r, { reason: input.reason, pharmacyId: ctx.actor.pharmacyId });
  });
