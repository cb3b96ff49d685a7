import { getInsurerInvoice } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';
import { invoiceId, invoiceView } from './insurer-invoice.schemas';
import { runInvoiceCommand } from './run-invoice-command';

/** Sends a draft to the insurer: its lines are frozen from here on. */
export const issueInvoice = roleProcedure(...staffMay.keepBooks)
  .input(z.object({ invoiceId }))
  .output(invoiceView)
  .mutation(async ({ ctx, input }) => {
    const row = await getInsurerInvoice(ctx.services.pool, input.invoiceId);
    return runInvoiceCommand(ctx, 'insurerInvoices.issue', input, input.invoiceId, { type: 'IssueInsurerInvoice', data: input }, row?.draftedAt);
  });
