import { router } from '../../trpc';
import { creditReversedClaims } from './credit-reversed-claims';
import { draftInvoice } from './draft-invoice';
import { getInvoice } from './get-invoice';
import { issueInvoice } from './issue-invoice';
import { listInvoiceInsurers, listInvoices } from './list-invoices';
import { recordPayment } from './record-payment';

/** Monthly invoices to insurers for the benefits paid on their cards (docs/finance.md). */
export const insurerInvoicesRouter = router({
  insurers: listInvoiceInsurers,
  list: listInvoices,
  get: getInvoice,
  draft: draftInvoice,
  issue: issueInvoice,
  recordPayment,
  creditReversedClaims,
});
