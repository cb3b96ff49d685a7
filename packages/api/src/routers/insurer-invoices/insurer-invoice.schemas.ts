import { z } from 'zod';
import { money, positiveMoney } from '../../schemas/money';

export const invoiceMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
export const insurerKey = z.string().trim().min(1).max(200);
export const invoiceId = z.string().trim().min(1).max(300).regex(/^insurer-invoice:.+:\d{4}-\d{2}$/, 'An invoice id looks like insurer-invoice:<insurer>:<YYYY-MM>');
export const invoiceStatus = z.enum(['draft', 'issued', 'partially_paid', 'paid']);

export const invoiceLineView = z.object({ cardId: z.string(), pharmacyId: z.string(), prescriptionId: z.string(), benefit: money, approvedAt: z.string() });
export const invoicePaymentView = z.object({ amount: money, reference: z.string(), at: z.string() });
/** A credit note: claims the invoice billed that were reversed afterwards, given back to the insurer. */
export const invoiceCreditView = z.object({ lines: z.array(invoiceLineView), amount: money, reason: z.string().optional(), at: z.string() });

const invoiceCore = {
  invoiceId: z.string(),
  insurerKey: z.string(),
  insurerName: z.string(),
  month: z.string(),
  status: invoiceStatus,
  total: money,
  paid: money,
  /** Σ of the credit notes: the insurer owes total − credited. */
  credited: money,
  /** Still to be paid: total − credited − paid, never below 0. */
  outstanding: money,
  /** Owed back to the insurer: paid beyond total − credited (claims credited after they were paid). */
  overpaid: money,
  payments: z.array(invoicePaymentView),
  credits: z.array(invoiceCreditView),
  version: z.int(),
  draftedAt: z.string(),
  updatedAt: z.string(),
};
export const invoiceSummary = z.object({ ...invoiceCore, lineCount: z.int() });
export const invoiceView = z.object({ ...invoiceCore, lines: z.array(invoiceLineView) });
export type InvoiceView = z.infer<typeof invoiceView>;
/** `get` adds the claims of the invoice reversed since and not credited yet (what `creditReversedClaims` would credit). */
export const invoiceDetailView = invoiceView.extend({ reversedToCredit: z.array(invoiceLineView) });

export const recordPaymentInput = z.object({ invoiceId, amount: positiveMoney, reference: z.string().trim().min(1).max(100) });
/** The client names the invoice only: the server reads which of its claims are reversed (a client cannot invent credits). */
export const creditReversedClaimsInput = z.object({ invoiceId, reason: z.string().trim().max(500).optional() });
