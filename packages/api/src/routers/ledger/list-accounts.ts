import { accountsOfKind } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';
import { accountKind, ledgerDay, trialBalanceLine } from './ledger.schemas';

const PAGE = 100;

/** The accounts of one kind (`cursor`: the last account name of the previous page) with their totals up to a day, in name order. */
export const listAccounts = roleProcedure(...staffMay.keepBooks)
  .input(z.object({ day: ledgerDay, kind: accountKind, cursor: z.string().max(300).optional() }))
  .output(z.object({ items: z.array(trialBalanceLine), nextAfter: z.string().nullable() }))
  .query(async ({ ctx, input }) => {
    const items = await accountsOfKind(ctx.services.pool, { day: input.day, kind: input.kind, ...(input.cursor !== undefined && { after: input.cursor }), limit: PAGE + 1 });
    const page = items.slice(0, PAGE);
    return { items: page, nextAfter: items.length > PAGE ? (page[page.length - 1]?.account ?? null) : null };
  });
