export interface PaymobSandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  secretKey: string;
  publicKey: string;
  hmacSecret: string;
  integrationIds: number[];
  /** Waits between callback retries (default 1 s, 5 s, 15 s); tests shorten them. */
  callbackRetryDelaysMs?: number[];
}

export interface Intention {
  id: string;
  clientSecret: string;
  orderId: number;
  amount: number;
  currency: string;
  specialReference: string | null;
  notificationUrl: string | null;
  redirectionUrl: string | null;
  integrationIds: number[];
  items: { name: string; amount: number; description?: string | undefined; quantity: number }[];
  billingData: Record<string, unknown>;
  extras: Record<string, unknown> | null;
  createdAt: Date;
}

export interface SourceData {
  pan: string;
  type: 'card' | 'wallet';
  sub_type: string;
  tenure: null;
}

/**
 * A transaction as Paymob posts it in the processed callback (`obj`). A type alias, not an interface, so it is
 * assignable to `Record<string, unknown>` for the HMAC recipe.
 */
export type PaymobTransaction = {
  id: number;
  pending: boolean;
  amount_cents: number;
  success: boolean;
  is_auth: boolean;
  is_capture: boolean;
  is_standalone_payment: boolean;
  is_voided: boolean;
  is_refunded: boolean;
  is_3d_secure: boolean;
  integration_id: number;
  profile_id: number;
  has_parent_transaction: boolean;
  order: Record<string, unknown> & { id: number; merchant_order_id: string | null };
  created_at: string;
  transaction_processed_callback_responses: unknown[];
  currency: string;
  source_data: SourceData;
  api_source: string;
  terminal_id: null;
  merchant_commission: number;
  installment: null;
  discount_details: unknown[];
  is_void: boolean;
  is_refund: boolean;
  data: Record<string, unknown> & { message: string };
  is_hidden: boolean;
  payment_key_claims: Record<string, unknown>;
  error_occured: boolean;
  is_live: boolean;
  other_endpoint_reference: null;
  refunded_amount_cents: number;
  source_id: number;
  is_captured: boolean;
  captured_amount: number;
  merchant_staff_tag: null;
  updated_at: string;
  is_settled: boolean;
  bill_balanced: boolean;
  is_bill: boolean;
  owner: number;
  parent_transaction: number | null;
};
