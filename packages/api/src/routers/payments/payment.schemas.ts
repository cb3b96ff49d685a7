import { z } from 'zod';

export const paymentId = z.uuid();
export const provider = z.enum(['paymob', 'fawry']);
export const paymentStatus = z.enum(['requested', 'pending', 'succeeded', 'failed', 'expired', 'cancelled', 'review']);

/** Top-ups between 10 and 50,000 EGP, in whole piasters. */
export const TOP_UP_MIN = 1_000;
export const TOP_UP_MAX = 5_000_000;
export const topUpAmount = z.int().min(TOP_UP_MIN).max(TOP_UP_MAX);

export const paymentView = z.object({
  paymentId: z.string(),
  walletId: z.string(),
  ownerId: z.string(),
  ownerName: z.string().nullable(),
  ownerPhone: z.string().nullable(),
  provider,
  status: paymentStatus,
  amount: z.int(),
  credited: z.int(),
  refunded: z.int(),
  refundPending: z.int(),
  refundable: z.int(),
  providerOrderId: z.string().nullable(),
  providerReference: z.string().nullable(),
  checkoutUrl: z.string().nullable(),
  flags: z.array(z.string()),
  failureReason: z.string().nullable(),
  expiresAt: z.date(),
  requestedAt: z.date(),
  succeededAt: z.date().nullable(),
  updatedAt: z.date(),
});
export type PaymentView = z.infer<typeof paymentView>;

export const pageInput = z.object({ cursor: z.int().min(0).max(1_000_000).optional(), limit: z.int().min(1).max(100).default(20) });
export const paymentPage = z.object({ items: z.array(paymentView), nextCursor: z.int().nullable() });
