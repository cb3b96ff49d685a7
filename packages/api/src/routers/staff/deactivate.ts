import { staffMay } from '../../auth/roles';
import { deactivateAccount } from '../../identity/staff/staff-changes';
import { roleProcedure } from '../../trpc';
import { settle } from './staff-result';
import { deactivateInput, personView } from './staff.schemas';

/** Deactivates a staff member or pharmacist: sign-in refused and every session ended at once; audited with the reason. */
export const deactivate = roleProcedure(...staffMay.manageStaff)
  .input(deactivateInput)
  .output(personView)
  .mutation(async ({ ctx, input }) => {
    const r = await deactivateAccount(ctx.services.pool, input.userId, { reason: input.reason, at: ctx.services.clock() });
    return settle(ctx, 'staff.deactivate', input.userId, r, { reason: input.reason });
  });
