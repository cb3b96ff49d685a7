import { z } from 'zod';
import { money, positiveMoney } from '../../schemas/money';

export const invoiceMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
export const insurerKey = z.string().trim().min(1).max(200);
export const invoiceId = z.string().trim().min(1).max(300).regex(/^insurer-invoice:.+:\d{4}-\d{2}$/, 'An invoice id looks like insurer-invoice:<insurer>:<YYYY-MM>');
export const invoiceStatus = z.enum(['draft', 'issued', 'partially_paid', 'paid']);

export const invoiceLineView = z.object({ cardId: z.string(), pharmacyId: z.string(), prescriptionId: z.string(), benefit: money, approvedAt: z.string() });
export const invoicePaymentView = z.object({ amount: money, reference: z.string(), at: z.string() });

const invoiceCore = {
  invoiceId: z.string(),
  insurerKey: z.string(),
  insurerName: z.string(),
  month: z.string(),
  status: invoiceStatus,
  total: money,
  paid: money,
  outstanding: money,
  payments: z.array(invoicePaymentView),
  version: z.int(),
  draftedAt: z.string(),
  updatedAt: z.string(),
};
export const invoiceSummary = z.object({ ...invoiceCore, lineCount: z.int() });
export const invoiceView = z.object({ ...invoiceCore, lines: z.array(invoiceLineView) });
export type InvoiceView = z.infer<typeof invoiceView>;

export const recordPaymentInput = z.object({ invoiceId, amount: positiveMoney, reference: z.string().trim().min(1).max(100) });
