import { trialBalance as readTrialBalance } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';
import { ledgerDay, trialBalanceView } from './ledger.schemas';

/** Each kind of account's debit and credit totals up to the end of a Cairo day; the books balance when the sum is 0. */
export const getTrialBalance = roleProcedure(...staffMay.keepBooks)
  .input(z.object({ day: ledgerDay }))
  .output(trialBalanceView)
  .query(async ({ ctx, input }) => {
    const tb = await readTrialBalance(ctx.services.pool, input.day);
    return { ...tb, balanced: tb.sum === 0 };
  });
