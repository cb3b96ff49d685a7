import { z } from 'zod';
import { listApiTokens } from '../../identity/api-tokens';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { tokenView } from './token.schemas';

/** Issued tokens (never their secrets), newest first: pharmacy tokens, or one organization's with `organizationId`. */
export const listTokens = roleProcedure(...staffMay.administerSecurity)
  .input(z.strictObject({ pharmacyId: z.string().trim().min(1).max(100).optional(), organizationId: z.string().trim().min(1).max(64).optional() }))
  .output(z.object({ items: z.array(tokenView) }))
  .query(async ({ ctx, input }) => ({ items: await listApiTokens(ctx.services.pool, input) }));
