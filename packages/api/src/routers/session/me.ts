import { getPharmacy, getUser, PHARMACY_ROLES, USER_ROLES } from '@healthpay/db';
import { z } from 'zod';
import { authedProcedure } from '../../trpc';

export const sessionUser = z.object({
  id: z.string(),
  role: z.enum(USER_ROLES),
  name: z.string(),
  /** In Arabic letters, when given (show it to an Arabic reader; `name` otherwise). */
  nameAr: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  locale: z.string(),
  pharmacyId: z.string().nullable(),
  /** Pharmacists: manager or pharmacist (null: pharmacist). */
  pharmacyRole: z.enum(PHARMACY_ROLES).nullable(),
});

export const pharmacyView = z.object({ id: z.string(), name: z.string(), nameAr: z.string(), city: z.string() });

/** Who is signed in (with their pharmacy, for pharmacists). */
export const me = authedProcedure
  .meta({ access: 'authenticated' })
  .input(z.object({}).optional())
  .output(sessionUser.extend({ pharmacy: pharmacyView.nullable() }))
  .query(async ({ ctx }) => {
    const user = await getUser(ctx.services.pool, ctx.actor.userId);
    if (!user) throw new Error('signed-in user vanished');
    return { ...user, pharmacy: user.pharmacyId ? await getPharmacy(ctx.services.pool, user.pharmacyId) : null };
  });
