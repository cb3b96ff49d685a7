import { staffMay } from '../../auth/roles';
import { changeStaffRole } from '../../identity/staff/staff-changes';
import { roleProcedure } from '../../trpc';
import { settle } from './staff-result';
import { changeRoleInput, personView } from './staff.schemas';

/** Gives a staff member another staff role (their sessions end: they sign in again with the new role). */
export const changeRole = roleProcedure(...staffMay.manageStaff)
  .input(changeRoleInput)
  .output(personView)
  .mutation(async ({ ctx, input }) =>
    settle(ctx, 'staff.role.change', input.userId, await changeStaffRole(ctx.services.pool, input.userId, input.role), { role: input.role }));
