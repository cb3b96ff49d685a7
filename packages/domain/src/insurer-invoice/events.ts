import type { Piasters } from '../shared/money';

/** A prescription claim whose benefit the insurer is asked to pay (from the claims read model when drafted). */
export interface InsurerInvoiceLine {
  cardId: string;
  pharmacyId: string;
  prescriptionId: string;
  benefit: Piasters;
  approvedAt: string;
}

/** A credit note on an issued invoice: claims it billed that were reversed afterwards, given back to the insurer. */
export interface InsurerInvoiceCredit {
  lines: InsurerInvoiceLine[];
  amount: Piasters;
  reason?: string;
  at: string;
}

export interface InsurerPayment {
  amount: Piasters;
  reference: string;
  at: string;
}

/** Insurer invoice events (past tense), one stream per insurer and month (`insurerInvoiceId`). */
export type InsurerInvoiceEvent =
  | { type: 'InsurerInvoiceDrafted'; data: { invoiceId: string; insurerKey: string; insurerName: string; month: string; lines: InsurerInvoiceLine[]; total: Piasters; draftedBy: string; at: string } }
  | { type: 'InsurerInvoiceIssued'; data: { invoiceId: string; insurerKey: string; total: Piasters; issuedBy: string; at: string } }
  /** `paidTotal` is what the insurer has paid on this invoice after this payment. */
  | { type: 'InsurerInvoicePaymentRecorded'; data: { invoiceId: string; insurerKey: string; amount: Piasters; reference: string; paidTotal: Piasters; recordedBy: string; at: string } }
  /**
   * Reversed claims the invoice billed, credited back to the insurer (`amount` = Σ their benefits; `creditedTotal` is
   * all credited on this invoice after it). Posts nothing: each reversal already took its benefit off the receivable.
   */
  | { type: 'InsurerInvoiceCredited'; data: { invoiceId: string; insurerKey: string; lines: InsurerInvoiceLine[]; amount: Piasters; creditedTotal: Piasters; reason?: string; creditedBy: string; at: string } };

export type InsurerInvoiceEventType = InsurerInvoiceEvent['type'];
export const insurerInvoiceEventTypes: readonly InsurerInvoiceEventType[] = [
  'InsurerInvoiceDrafted', 'InsurerInvoiceIssued', 'InsurerInvoicePaymentRecorded', 'InsurerInvoiceCredited',
];
