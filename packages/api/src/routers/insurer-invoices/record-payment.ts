import { getInsurerInvoice } from '@healthpay/db';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';
import { invoiceView, recordPaymentInput } from './insurer-invoice.schemas';
import { runInvoiceCommand } from './run-invoice-command';

/** Records money the insurer paid on an issued invoice (bank reference, amount up to what is outstanding). */
export const recordPayment = roleProcedure(...staffMay.keepBooks)
  .input(recordPaymentInput)
  .output(invoiceView)
  .mutation(async ({ ctx, input }) => {
    const row = await getInsurerInvoice(ctx.services.pool, input.invoiceId);
    return runInvoiceCommand(ctx, 'insurerInvoices.recordPayment', input, input.invoiceId, { type: 'RecordInsurerPayment', data: input }, row?.draftedAt);
  });
