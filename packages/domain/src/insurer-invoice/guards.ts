import { DomainError } from '../shared/errors';
import { isPositiveMoney } from '../shared/money';
import { claimKeyOf } from './credit';
import type { InsurerInvoiceLine } from './events';
import type { ExistingInsurerInvoice, InsurerInvoiceState } from './state';

export function requireInvoice(state: InsurerInvoiceState, invoiceId: string): ExistingInsurerInvoice {
  if (state.status === 'none') throw new DomainError('INSURER_INVOICE_NOT_FOUND', `Invoice ${invoiceId} not found`, { invoiceId });
  return state;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MAX_INVOICE_LINES = 20_000;

/** A month 'YYYY-MM' and lines that each name one claim once with a positive benefit. */
export function validLines(month: string, lines: readonly InsurerInvoiceLine[]): void {
  if (!MONTH.test(month)) throw new DomainError('INVALID_INSURER_INVOICE', 'The month must be YYYY-MM', { field: 'month' });
  if (lines.length === 0) throw new DomainError('INSURER_INVOICE_EMPTY', 'No benefits to invoice for this insurer and month', { month });
  if (lines.length > MAX_INVOICE_LINES) throw new DomainError('INVALID_INSURER_INVOICE', `At most ${MAX_INVOICE_LINES} lines`, { field: 'lines' });
  const seen = new Set<string>();
  for (const [index, l] of lines.entries()) {
    const key = claimKeyOf(l);
    if (!isPositiveMoney(l.benefit) || seen.has(key)) throw new DomainError('INVALID_INSURER_INVOICE', 'Each claim once, with a positive benefit', { field: 'lines', index });
    seen.add(key);
  }
}
