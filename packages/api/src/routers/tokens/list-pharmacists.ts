import { listPharmaciesWithPharmacists } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';

export const pharmacistsInput = z.strictObject({}).optional();

export const pharmacistsOutput = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      nameAr: z.string(),
      city: z.string(),
      pharmacists: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
});

/** Pharmacies and their pharmacists: whom a new token may be scoped to and act as. */
export const listPharmacists = roleProcedure(...staffMay.administerSecurity)
  .input(pharmacistsInput)
  .output(pharmacistsOutput)
  .query(async ({ ctx }) => ({ items: await listPharmaciesWithPharmacists(ctx.services.pool) }));
