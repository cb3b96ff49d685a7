import type { InsurerInvoiceEvent } from './events';
import type { InsurerInvoiceState } from './state';

/** Pure: the invoice after one more of its events. */
export function evolveInsurerInvoice(state: InsurerInvoiceState, event: InsurerInvoiceEvent): InsurerInvoiceState {
  switch (event.type) {
    case 'InsurerInvoiceDrafted': {
      const d = event.data;
      return { status: 'draft', invoiceId: d.invoiceId, insurerKey: d.insurerKey, insurerName: d.insurerName, month: d.month, lines: d.lines, total: d.total, paid: 0, payments: [] };
    }
    case 'InsurerInvoiceIssued':
      return state.status === 'none' ? state : { ...state, status: 'issued' };
    case 'InsurerInvoicePaymentRecorded': {
      if (state.status === 'none') return state;
      const d = event.data;
      return {
        ...state,
        status: d.paidTotal >= state.total ? 'paid' : 'partially_paid',
        paid: d.paidTotal,
        payments: [...state.payments, { amount: d.amount, reference: d.reference, at: d.at }],
      };
    }
    default: {
      const _never: never = event;
      return _never;
    }
  }
}
