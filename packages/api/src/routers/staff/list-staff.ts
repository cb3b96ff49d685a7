import { staffMay } from '../../auth/roles';
import { listPeople } from '../../identity/staff/people';
import { roleProcedure } from '../../trpc';
import { listStaffInput, listStaffOutput } from './staff.schemas';

/** Staff members, or pharmacists (optionally of one pharmacy), active or deactivated, by name. */
export const listStaff = roleProcedure(...staffMay.manageStaff)
  .input(listStaffInput)
  .output(listStaffOutput)
  .query(async ({ ctx, input }) => ({ items: await listPeople(ctx.services.pool, input) }));
