import { z } from 'zod';

/**
 * The fields of a Paymob transaction object that we read (processed callback `obj`, inquiry and refund/void
 * answers). Loose: Paymob sends many more, and verification must hash the object as received, not as parsed.
 */
export const paymobTransactionObj = z
  .object({
    id: z.number().int(),
    pending: z.boolean(),
    amount_cents: z.number().int(),
    success: z.boolean(),
    is_auth: z.boolean(),
    is_capture: z.boolean(),
    is_standalone_payment: z.boolean(),
    is_voided: z.boolean(),
    is_refunded: z.boolean(),
    is_3d_secure: z.boolean(),
    integration_id: z.number().int(),
    has_parent_transaction: z.boolean(),
    error_occured: z.boolean(),
    currency: z.string(),
    created_at: z.string(),
    owner: z.number().int(),
    order: z
      .object({
        id: z.number().int(),
        /** Our payment id: the intention's special_reference comes back here. */
        merchant_order_id: z.string().nullish(),
      })
      .loose(),
    /** For wallet payments `pan` is the wallet phone number. */
    source_data: z
      .object({ pan: z.string().nullish(), type: z.string().nullish(), sub_type: z.string().nullish() })
      .loose(),
    /** Set on refunds and voids: the transaction they act on. */
    parent_transaction: z.number().int().nullish(),
    data: z.record(z.string(), z.unknown()).nullish(),
  })
  .loose();

export type PaymobTransactionObj = z.infer<typeof paymobTransactionObj>;

/** The body of the transaction processed callback (POST JSON; `hmac` comes in the query string). */
export const paymobProcessedCallback = z.object({ type: z.string(), obj: paymobTransactionObj }).loose();

export type PaymobProcessedCallback = z.infer<typeof paymobProcessedCallback>;
