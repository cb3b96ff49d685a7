import { benefitSpendByMonth } from '@healthpay/db';
import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { money } from '../medcard/medcard.schemas';
import { monthRange } from './analytics.schemas';

export const spendByMonthOutput = z.array(z.object({ month: z.string(), benefit: money, claims: z.int(), cards: z.int() }));

/** Benefit paid per Africa/Cairo month across all cards, with how many claims and cards it was. */
export const spendByMonth = roleProcedure(...staffMay.seeAnalytics)
.input(monthRange)
.output(spendByMonthOutput)
.query(({ ctx, input }) => benefitSpendByMonth(ctx.services.pool, input));
