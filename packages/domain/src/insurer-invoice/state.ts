import type { Piasters } from '../shared/money';
import type { InsurerInvoiceLine, InsurerPayment } from './events';

/** draft → issued → partially_paid → paid. */
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
}

export type InsurerInvoiceState = { status: 'none' } | ExistingInsurerInvoice;
export const initialInsurerInvoiceState: InsurerInvoiceState = { status: 'none' };
