import { evolveInsurerInvoice, initialInsurerInvoiceState, type InsurerInvoiceEvent, type InsurerInvoiceState } from '@healthpay/domain';
import type { AggregateKind } from './aggregate-kind';

/** `insurer-invoice:<insurerKey>:<YYYY-MM>`: what one insurer is billed for one Cairo month. */
export const insurerInvoiceKind: AggregateKind<InsurerInvoiceState, InsurerInvoiceEvent> = {
  type: 'insurer-invoice',
  initialState: initialInsurerInvoiceState,
  evolve: evolveInsurerInvoice,
};
