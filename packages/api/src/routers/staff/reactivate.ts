import { staffMay } from '../../auth/roles';
import { reactivateAccount } from '../../identity/staff/staff-changes';
import { roleProcedure } from '../../trpc';
import { settle } from './staff-result';
import { personView, userIdInput } from './staff.schemas';

/** Lets a deactivated account sign in again (sessions from before stay ended). */
export const reactivate = roleProcedure(...staffMay.manageStaff)
  .input(userIdInput)
  .output(personView)
  .mutation(async ({ ctx, input }) => settle(ctx, 'staff.reactivate', input.userId, await reactivateAccount(ctx.services.pool, input.userId)));
