import { accountStatement as readStatement, decodeStatementCursor } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { accountName, accountStatementView, ledgerDay } from './ledger.schemas';

/** One account's entries up to a Cairo day, newest first, a page at a time, with its balance. */
export const getAccountStatement = roleProcedure(...staffMay.keepBooks)
  .input(z.object({ account: accountName, day: ledgerDay, cursor: z.string().max(200).optional(), limit: z.int().min(1).max(200).default(50) }))
  .output(accountStatementView)
  .query(({ ctx, input }) => {
    const cursor = input.cursor === undefined ? undefined : decodeStatementCursor(input.cursor);
    if (cursor === null) throw new AppError('VALIDATION_FAILED', 'Unknown cursor', {}, [{ path: 'cursor', message: 'Pass back nextCursor unchanged' }]);
    return readStatement(ctx.services.pool, { account: input.account, day: input.day, limit: input.limit, ...(cursor && { cursor }) });
  });
