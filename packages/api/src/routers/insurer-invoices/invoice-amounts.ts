import { outstandingOf, overpaidOf, type ExistingInsurerInvoice } from '@healthpay/domain';

/** An invoice's lists copied out of the read model or state, with what is outstanding and what is owed back. */
export const invoiceAmountsOf = <T extends Pick<ExistingInsurerInvoice, 'total' | 'credited' | 'paid' | 'payments' | 'credits'>>(inv: T) => ({
  ...inv,
  payments: [...inv.payments],
  credits: inv.credits.map((c) => ({ ...c, lines: [...c.lines] })),
  outstanding: outstandingOf(inv),
  overpaid: overpaidOf(inv),
});
