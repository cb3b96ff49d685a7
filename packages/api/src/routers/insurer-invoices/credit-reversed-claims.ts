import { getInsurerInvoice, reversedClaimsToCredit } from '@healthpay/db';
import { notYetCredited } from '@healthpay/domain';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';
import { creditReversedClaimsInput, invoiceView } from './insurer-invoice.schemas';
import { runInvoiceCommand } from './run-invoice-command';

/**
 * Credits the insurer for every claim of an issued invoice reversed since (a credit note; the ledger posted each
 * reversal already). The claims come from the read model, and those the stream has credited meanwhile are left out,
 * so a repeat or a double click finds nothing to credit (INSURER_INVOICE_NOTHING_TO_CREDIT) instead of crediting twice.
 */
export const creditReversedClaims = roleProcedure(...staffMay.keepBooks)
  .input(creditReversedClaimsInput)
  .output(invoiceView)
  .mutation(async ({ ctx, input }) => {
    const { invoiceId, reason } = input;
    const [row, reversed] = await Promise.all([getInsurerInvoice(ctx.services.pool, invoiceId), reversedClaimsToCredit(ctx.services.pool, invoiceId)]);
    return runInvoiceCommand(ctx, 'insurerInvoices.creditReversedClaims', input, invoiceId, (state) => ({
      type: 'CreditReversedClaims', data: { invoiceId, lines: notYetCredited(state, reversed), ...(reason ? { reason } : {}) },
    }), row?.draftedAt);
  });
