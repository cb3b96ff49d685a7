import { listInsurerInvoices, listInsurers } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';
import { invoiceAmountsOf } from './invoice-amounts';
import { insurerKey, invoiceStatus, invoiceSummary } from './insurer-invoice.schemas';

/** Invoices, newest month first, by insurer and status. */
export const listInvoices = roleProcedure(...staffMay.keepBooks)
  .input(z.object({ insurerKey: insurerKey.optional(), status: invoiceStatus.optional() }))
  .output(z.array(invoiceSummary))
  .query(async ({ ctx, input }) => {
    const rows = await listInsurerInvoices(ctx.services.pool, { ...input, limit: 200 });
    return rows.map(invoiceAmountsOf);
  });

/** Insurers named on cards (one per normalised name), to draft invoices for. */
export const listInvoiceInsurers = roleProcedure(...staffMay.keepBooks)
  .input(z.object({}).optional())
  .output(z.array(z.object({ insurerKey: z.string(), insurerName: z.string(), cards: z.int() })))
  .query(({ ctx }) => listInsurers(ctx.services.pool));
