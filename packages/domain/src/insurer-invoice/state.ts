import type { Piasters } from '../shared/money';
import type { InsurerInvoiceCredit, InsurerInvoiceLine, InsurerPayment } from './events';

/** draft → issued → partially_paid → paid; credits for reversed claims may move an issued invoice on too. */
export type InsurerInvoiceStatus = 'draft' | 'issued' | 'partially_paid' | 'paid';

export interface ExistingInsurerInvoice {
  status: InsurerInvoiceStatus;
  invoiceId: string;
  insurerKey: string;
  insurerName: string;
  month: string;
  lines: readonly InsurerInvoiceLine[];
  total: Piasters;
  paid: Piasters;
  payments: readonly InsurerPayment[];
  /** Σ of `credits`: reversed claims given back; the insurer owes `total − credited`. */
  credited: Piasters;
  credits: readonly InsurerInvoiceCredit[];
}

export type InsurerInvoiceState = { status: 'none' } | ExistingInsurerInvoice;
export const initialInsurerInvoiceState: InsurerInvoiceState = { status: 'none' };
