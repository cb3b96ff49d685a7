import { cairoMonth } from '../shared/cairo-time';
import { DomainError } from '../shared/errors';
import { isPositiveMoney } from '../shared/money';
import { outstandingOf } from './balance';
import type { InsurerInvoiceCommand } from './commands';
import { decideCredit } from './credit';
import type { InsurerInvoiceEvent } from './events';
import { requireInvoice, validLines } from './guards';
import { insurerInvoiceId, insurerKeyOf } from './insurer-key';
import type { InsurerInvoiceState } from './state';

/** Pure: what an insurer invoice command decides. */
export function decideInsurerInvoice(command: InsurerInvoiceCommand, state: InsurerInvoiceState): InsurerInvoiceEvent[] {
  const at = command.meta.now;
  const by = command.meta.actorId;
  switch (command.type) {
    case 'DraftInsurerInvoice': {
      const { month, lines } = command.data;
      const insurerName = command.data.insurerName.trim().replace(/\s+/g, ' ');
      const insurerKey = insurerKeyOf(insurerName);
      if (!insurerKey) throw new DomainError('INVALID_INSURER_INVOICE', 'The insurer needs a name', { field: 'insurerName' });
      const invoiceId = insurerInvoiceId(insurerKey, month);
      if (state.status !== 'none') throw new DomainError('INSURER_INVOICE_ALREADY_EXISTS', `An invoice for ${insurerName} in ${month} exists`, { invoiceId, status: state.status });
      validLines(month, lines);
      // A month still running would be billed short: later claims of it could never be added.
      if (month >= cairoMonth(at)) throw new DomainError('INVALID_INSURER_INVOICE', 'Invoice a month once it is over', { field: 'month', month });
      const total = lines.reduce((sum, l) => sum + l.benefit, 0);
      return [{ type: 'InsurerInvoiceDrafted', data: { invoiceId, insurerKey, insurerName, month, lines: [...lines], total, draftedBy: by, at } }];
    }
    case 'IssueInsurerInvoice': {
      const inv = requireInvoice(state, command.data.invoiceId);
      if (inv.status !== 'draft') throw new DomainError('INVALID_STATE_TRANSITION', `A ${inv.status} invoice cannot be issued`, { from: inv.status, to: 'issued' });
      return [{ type: 'InsurerInvoiceIssued', data: { invoiceId: inv.invoiceId, insurerKey: inv.insurerKey, total: inv.total, issuedBy: by, at } }];
    }
    case 'RecordInsurerPayment': {
      const inv = requireInvoice(state, command.data.invoiceId);
      const { amount } = command.data;
      const reference = command.data.reference.trim();
      if (inv.status !== 'issued' && inv.status !== 'partially_paid') {
        throw new DomainError('INVALID_STATE_TRANSITION', `A ${inv.status} invoice cannot take a payment`, { from: inv.status, to: 'paid' });
      }
      if (!isPositiveMoney(amount)) throw new DomainError('INVALID_AMOUNT', 'Amount must be a positive whole number of piasters', { amount });
      if (!reference) throw new DomainError('PAYMENT_REFERENCE_REQUIRED', 'A payment needs its bank reference');
      if (inv.payments.some((p) => p.reference === reference)) throw new DomainError('DUPLICATE_PAYMENT_REFERENCE', `Payment ${reference} is already recorded`, { reference });
      const outstanding = outstandingOf(inv);
      if (amount > outstanding) throw new DomainError('INSURER_PAYMENT_EXCEEDS_OUTSTANDING', `At most ${outstanding} piasters are outstanding`, { outstanding, amount });
      return [{ type: 'InsurerInvoicePaymentRecorded', data: { invoiceId: inv.invoiceId, insurerKey: inv.insurerKey, amount, reference, paidTotal: inv.paid + amount, recordedBy: by, at } }];
    }
    case 'CreditReversedClaims':
      return decideCredit(requireInvoice(state, command.data.invoiceId), command);
    default: {
      const _never: never = command;
      throw new Error(`Unknown insurer invoice command ${JSON.stringify(_never)}`);
    }
  }
}
