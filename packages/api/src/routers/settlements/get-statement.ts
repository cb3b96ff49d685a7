import { getStatement as getStatementRow } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { settlementId, statementWithLines } from './settlement.schemas';
import { requireStatementReader } from './statement-access';

/** One statement with its lines; lines sum to its totals (open: as projected so far; closed: frozen). */
export const getStatement = roleProcedure('pharmacist', ...staffMay.settlePharmacies)
  .input(z.strictObject({ settlementId }))
  .output(statementWithLines)
  .query(async ({ ctx, input }) => {
    const found = await getStatementRow(ctx.services.pool, input.settlementId);
    if (!found) throw new AppError('SETTLEMENT_NOT_FOUND', 'No such statement');
    requireStatementReader(ctx.actor, found.statement.pharmacyId);
    return found;
  });
