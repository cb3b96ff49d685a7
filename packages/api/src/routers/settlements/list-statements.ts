import { listStatements as listStatementRows } from '@healthpay/db';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';
import { statementFilter, statementPage } from './settlement.schemas';
import { listingPharmacy } from './statement-access';

/** Statements, newest period first, by pharmacy, status and date; a pharmacist's are their own pharmacy's. */
export const listStatements = roleProcedure('pharmacist', ...staffMay.settlePharmacies)
  .input(statementFilter)
  .output(statementPage)
  .query(({ ctx, input }) => listStatementRows(ctx.services.pool, { ...input, pharmacyId: listingPharmacy(ctx.actor, input.pharmacyId) }));
