import type { Piasters } from '../shared/money';
import type { ExistingInsurerInvoice, InsurerInvoiceStatus } from './state';

type Amounts = Pick<ExistingInsurerInvoice, 'total' | 'credited' | 'paid'>;

/** What the insurer owes on the invoice: its total less credits for reversed claims. */
export const dueOf = (inv: Amounts): Piasters => inv.total - inv.credited;

/** What is still to be paid (0 once paid in full, or credited down to what was paid). */
export const outstandingOf = (inv: Amounts): Piasters => Math.max(0, dueOf(inv) - inv.paid);

/** What HealthPay owes back to the insurer: paid for claims that were credited afterwards. */
export const overpaidOf = (inv: Amounts): Piasters => Math.max(0, inv.paid - dueOf(inv));

/** An issued invoice's status from its amounts: paid when nothing is outstanding. */
export const issuedStatusOf = (inv: Amounts): Exclude<InsurerInvoiceStatus, 'draft'> =>
  outstandingOf(inv) === 0 ? 'paid' : inv.paid > 0 ? 'partially_paid' : 'issued';
