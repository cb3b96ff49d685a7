import type { Decider } from '../shared/command';
import type { InsurerInvoiceCommand } from './commands';
import { decideInsurerInvoice } from './decide';
import type { InsurerInvoiceEvent } from './events';
import { evolveInsurerInvoice } from './evolve';
import { initialInsurerInvoiceState, type InsurerInvoiceState } from './state';

export const insurerInvoiceDecider: Decider<InsurerInvoiceCommand, InsurerInvoiceEvent, InsurerInvoiceState> = {
  decide: decideInsurerInvoice,
  evolve: evolveInsurerInvoice,
  initialState: initialInsurerInvoiceState,
};
