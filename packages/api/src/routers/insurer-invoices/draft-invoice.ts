import { insurerBenefitLines, listInsurers } from '@healthpay/db';
import { insurerInvoiceId } from '@healthpay/domain';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { insurerKey, invoiceMonth, invoiceView } from './insurer-invoice.schemas';
import { runInvoiceCommand } from './run-invoice-command';

/** Drafts the invoice of an insurer for a finished Cairo month: one line per approved benefit on its cards (claims read model). */
export const draftInvoice = roleProcedure(...staffMay.keepBooks)
  .input(z.object({ insurerKey, month: invoiceMonth }))
  .output(invoiceView)
  .mutation(async ({ ctx, input }) => {
    const insurer = (await listInsurers(ctx.services.pool)).find((i) => i.insurerKey === input.insurerKey);
    if (!insurer) throw new AppError('INSURER_INVOICE_EMPTY', 'No card names this insurer', { insurerKey: input.insurerKey });
    const lines = await insurerBenefitLines(ctx.services.pool, insurer.insurerKey, input.month);
    const stream = insurerInvoiceId(insurer.insurerKey, input.month);
    return runInvoiceCommand(ctx, 'insurerInvoices.draft', input, stream, { type: 'DraftInsurerInvoice', data: { insurerName: insurer.insurerName, month: input.month, lines } });
  });
