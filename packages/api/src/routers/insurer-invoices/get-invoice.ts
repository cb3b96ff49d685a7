import { getInsurerInvoice, reversedClaimsToCredit } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { invoiceAmountsOf } from './invoice-amounts';
import { invoiceDetailView, invoiceId } from './insurer-invoice.schemas';

/** One invoice with its claim lines, payments and credit notes, and the reversed claims still to credit. */
export const getInvoice = roleProcedure(...staffMay.keepBooks)
  .input(z.object({ invoiceId }))
  .output(invoiceDetailView)
  .query(async ({ ctx, input }) => {
    const [row, reversedToCredit] = await Promise.all([getInsurerInvoice(ctx.services.pool, input.invoiceId), reversedClaimsToCredit(ctx.services.pool, input.invoiceId)]);
    if (!row) throw new AppError('INSURER_INVOICE_NOT_FOUND', 'No such invoice', { invoiceId: input.invoiceId });
    return { ...invoiceAmountsOf(row), lines: [...row.lines], reversedToCredit };
  });
