import { getInsurerInvoice } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { invoiceId, invoiceView } from './insurer-invoice.schemas';

/** One invoice with its claim lines and payments. */
export const getInvoice = roleProcedure(...staffMay.keepBooks)
  .input(z.object({ invoiceId }))
  .output(invoiceView)
  .query(async ({ ctx, input }) => {
    const row = await getInsurerInvoice(ctx.services.pool, input.invoiceId);
    if (!row) throw new AppError('INSURER_INVOICE_NOT_FOUND', 'No such invoice', { invoiceId: input.invoiceId });
    return { ...row, lines: [...row.lines], payments: [...row.payments], outstanding: row.total - row.paid };
  });
