import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { listOrganizations as readOrganizations } from '../../members/organizations';
import { roleProcedure } from '../../trpc';
import { organizationView } from './organization.schemas';

/** Organizations with their member and active-token counts (the admin screen; the CSV import's picker). */
export const listOrganizations = roleProcedure(...staffMay.administerSecurity)
  .input(z.strictObject({}).optional())
  .output(z.object({ items: z.array(organizationView) }))
  .query(async ({ ctx }) => ({ items: await readOrganizations(ctx.services.pool, ctx.services.clock()) }));
