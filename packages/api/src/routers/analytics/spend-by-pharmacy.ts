import { benefitSpendByPharmacy } from '@healthpay/db';
import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { money } from '../medcard/medcard.schemas';
import { monthRange } from './analytics.schemas';

export const spendByPharmacyOutput = z.array(z.object({
  pharmacyId: z.string(),
  pharmacyName: z.string().nullable().meta({ description: 'English name' }),
  pharmacyNameAr: z.string().nullable().meta({ description: 'Arabic name' }),
  claims: z.int(),
  rejected: z.int(),
  submitted: money,
  benefit: money,
  copay: money,
}));

/** Per pharmacy: claims decided (rejections counted apart) and the money of the approved ones. */
export const spendByPharmacy = roleProcedure(...staffMay.seeAnalytics)
  .input(monthRange)
  .output(spendByPharmacyOutput)
  .query(({ ctx, input }) => benefitSpendByPharmacy(ctx.services.pool, input));
