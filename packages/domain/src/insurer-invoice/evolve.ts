import { issuedStatusOf } from './balance';
import type { InsurerInvoiceEvent } from './events';
import type { InsurerInvoiceState } from './state';

/** Pure: the invoice after one more of its events. */
export function evolveInsurerInvoice(state: InsurerInvoiceState, event: InsurerInvoiceEvent): InsurerInvoiceState {
  switch (event.type) {
    case 'InsurerInvoiceDrafted': {
      const d = event.data;
      return { status: 'draft', invoiceId: d.invoiceId, insurerKey: d.insurerKey, insurerName: d.insurerName, month: d.month, lines: d.lines, total: d.total, paid: 0, payments: [], credited: 0, credits: [] };
    }
    case 'InsurerInvoiceIssued':
      return state.status === 'none' ? state : { ...state, status: 'issued' };
    case 'InsurerInvoicePaymentRecorded': {
      if (state.status === 'none') return state;
      const d = event.data;
      return {
        ...state,
        status: issuedStatusOf({ ...state, paid: d.paidTotal }),
        paid: d.paidTotal,
        payments: [...state.payments, { amount: d.amount, reference: d.reference, at: d.at }],
      };
    }
    case 'InsurerInvoiceCredited': {
      if (state.status === 'none') return state;
      const d = event.data;
      return {
        ...state,
        status: issuedStatusOf({ ...state, credited: d.creditedTotal }),
        credited: d.creditedTotal,
        credits: [...state.credits, { lines: d.lines, amount: d.amount, ...(d.reason !== undefined && { reason: d.reason }), at: d.at }],
      };
    }
    default: {
      const _never: never = event;
      return _never;
    }
  }
}
