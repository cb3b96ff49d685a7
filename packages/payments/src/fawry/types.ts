import { z } from 'zod';

/** Order statuses Fawry reports (notification V2, status V2); UNPAID is what a fresh PAYATFAWRY charge answers. */
export const FAWRY_STATUSES = ['NEW', 'PAID', 'CANCELED', 'REFUNDED', 'PARTIAL_REFUNDED', 'EXPIRED', 'FAILED', 'UNPAID'] as const;

export type FawryStatus = (typeof FAWRY_STATUSES)[number];

/** Amounts arrive as JSON numbers (840.0) in callbacks, sometimes as text: keep them as received. */
const amount = z.union([z.number(), z.string()]);
/** Documented as strings; tolerated as numbers (turned into the same digits) rather than failing a callback. */
const text = z.union([z.string(), z.number().transform(String)]);

/**
 * Server-to-server notification V2 body. Loose: only these fields are read. `paymentRefrenceNumber` is
 * Fawry's spelling and is absent for some payment methods.
 */
export const fawryNotificationV2 = z
  .object({
    requestId: z.string().nullish(),
    fawryRefNumber: text,
    merchantRefNumber: text,
    customerName: z.string().nullish(),
    customerMobile: text.nullish(),
    customerMail: z.string().nullish(),
    customerMerchantId: text.nullish(),
    paymentAmount: amount,
    orderAmount: amount,
    fawryFees: amount.nullish(),
    orderStatus: z.string(),
    /** Hash as received: Fawry reports e.g. "Mobile Wallet" or "PayAtFawry" whatever we sent. */
    paymentMethod: z.string(),
    paymentTime: z.number().nullish(),
    paymentRefrenceNumber: text.nullish(),
    orderExpiryDate: z.number().nullish(),
    orderItems: z.array(z.unknown()).nullish(),
    messageSignature: z.string(),
    failureErrorCode: text.nullish(),
    failureReason: z.string().nullish(),
  })
  .loose();

export type FawryNotificationV2 = z.infer<typeof fawryNotificationV2>;
