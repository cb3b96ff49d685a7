import type { CommandMeta } from '../shared/command';
import type { InsurerInvoiceLine } from './events';

/** Insurer invoice commands (imperative). Lines come from the claims read model; the decider checks them. */
export type InsurerInvoiceCommand =
  /** The insurer as cards name it (`InsurancePolicy.provider`); its key and the invoice id derive from it. */
  | { type: 'DraftInsurerInvoice'; data: { insurerName: string; month: string; lines: InsurerInvoiceLine[] }; meta: CommandMeta }
  | { type: 'IssueInsurerInvoice'; data: { invoiceId: string }; meta: CommandMeta }
  | { type: 'RecordInsurerPayment'; data: { invoiceId: string; amount: number; reference: string }; meta: CommandMeta }
  /** `lines`: claims of the invoice that were reversed after it was issued (the claims read model says which). */
  | { type: 'CreditReversedClaims'; data: { invoiceId: string; lines: InsurerInvoiceLine[]; reason?: string }; meta: CommandMeta };

export type InsurerInvoiceCommandOf<T extends InsurerInvoiceCommand['type']> = Extract<InsurerInvoiceCommand, { type: T }>;
