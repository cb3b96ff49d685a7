import { z } from 'zod';

/**
 * One payment as a provider's daily settlement report states it. The report endpoints are served by our
 * sandbox only (neither Paymob nor Fawry publishes such an API); this schema is the wire format the sandbox
 * must answer with, either as a bare array or as `{ lines: [...] }`.
 */
export const providerReportLine = z.object({
  /** Our payment id (Paymob special_reference / merchant_order_id, Fawry merchantRefNum). */
  paymentId: z.string().min(1),
  /** The provider's id for it (Paymob transaction id, Fawry reference number). */
  providerReference: z.string().min(1),
  /** Piasters. */
  amount: z.number().int().nonnegative(),
  status: z.enum(['paid', 'refunded', 'partially_refunded', 'failed', 'pending', 'expired', 'cancelled']),
  /** Piasters refunded so far. */
  refunded: z.number().int().nonnegative(),
});

export type ProviderReportLine = z.infer<typeof providerReportLine>;

export const providerReport = z.union([
  z.array(providerReportLine),
  z.object({ lines: z.array(providerReportLine) }).transform((r) => r.lines),
]);

/** YYYY-MM-DD, checked before it goes into a URL. */
export const reportDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
