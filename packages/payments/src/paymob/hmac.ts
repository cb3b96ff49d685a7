import { digestEquals, hmacSha512Hex } from '../crypto';

/**
 * The transaction fields Paymob's HMAC covers, in the order they are concatenated (lexicographic by key).
 * Source: https://developers.paymob.com/paymob-docs/developers/webhook-callbacks-and-hmac/hmac/hmac-transaction-callback
 * `error_occured` is Paymob's spelling.
 */
export const PAYMOB_HMAC_FIELDS = [
  'amount_cents',
  'created_at',
  'currency',
  'error_occured',
  'has_parent_transaction',
  'id',
  'integration_id',
  'is_3d_secure',
  'is_auth',
  'is_capture',
  'is_refunded',
  'is_standalone_payment',
  'is_voided',
  'order.id',
  'owner',
  'pending',
  'source_data.pan',
  'source_data.sub_type',
  'source_data.type',
  'success',
] as const;

export type PaymobHmacField = (typeof PAYMOB_HMAC_FIELDS)[number];

/**
 * How one JSON value enters the HMAC string. Booleans lowercase (Python's `str(True)` / C#'s `ToString()` give
 * `True` and break the HMAC), numbers as JS prints them, strings exactly as received: `created_at` must not be
 * re-serialised (microseconds and zone would change).
 *
 * null/undefined → '' (our choice; Paymob does not document it): the response callback carries the same
 * transaction as query parameters, where a null can only arrive as an empty value, and Paymob documents one
 * recipe for both forms. PHP SDKs concatenating `null` give '' as well. An object or array is never a valid
 * value here; it is JSON-encoded so it cannot collide with '' and simply fails verification.
 */
function hmacValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return v;
  return JSON.stringify(v) ?? '';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function processedField(obj: Record<string, unknown>, field: PaymobHmacField): unknown {
  const dot = field.indexOf('.');
  if (dot < 0) return obj[field];
  const parent = obj[field.slice(0, dot)];
  // In the processed callback `order` is an object; some Paymob answers carry the bare order id instead.
  if (field === 'order.id' && !isRecord(parent)) return parent;
  return isRecord(parent) ? parent[field.slice(dot + 1)] : undefined;
}

/** The string Paymob signs for the processed (POST JSON) callback, from its `obj`. */
export function paymobProcessedHmacString(obj: Record<string, unknown>): string {
  return PAYMOB_HMAC_FIELDS.map((f) => hmacValue(processedField(obj, f))).join('');
}

/** Lowercase hex HMAC-SHA512 of the processed-callback string. */
export function paymobProcessedHmac(obj: Record<string, unknown>, secret: string): string {
  return hmacSha512Hex(paymobProcessedHmacString(obj), secret);
}

/** Checks the `hmac` query parameter of a processed callback against its `obj`. Constant time; never throws. */
export function verifyPaymobProcessed(obj: unknown, hmac: string | null | undefined, secret: string): boolean {
  try {
    return isRecord(obj) && digestEquals(paymobProcessedHmac(obj, secret), hmac);
  } catch {
    return false;
  }
}

type Query = URLSearchParams | Record<string, string>;

const queryGet = (q: Query, key: string): string | undefined =>
  q instanceof URLSearchParams ? (q.get(key) ?? undefined) : Object.hasOwn(q, key) ? q[key] : undefined;

/**
 * The response callback (GET redirect) carries the same fields flat: `source_data.pan` etc. are literal key
 * names. Paymob's field list says `order_id`, but the redirect Paymob actually sends (and its own example URL
 * on the callbacks page) carries `order`; we prefer `order` and fall back to `order_id`.
 */
function responseField(q: Query, field: PaymobHmacField): string {
  if (field === 'order.id') return queryGet(q, 'order') ?? queryGet(q, 'order_id') ?? '';
  return queryGet(q, field) ?? '';
}

/** The string Paymob signs for the response (GET redirect) callback. Values as received. */
export function paymobResponseHmacString(query: Query): string {
  return PAYMOB_HMAC_FIELDS.map((f) => responseField(query, f)).join('');
}

export function paymobResponseHmac(query: Query, secret: string): string {
  return hmacSha512Hex(paymobResponseHmacString(query), secret);
}

/** Checks a response callback's own `hmac` parameter. Constant time; never throws. */
export function verifyPaymobResponse(query: Query, secret: string): boolean {
  try {
    return digestEquals(paymobResponseHmac(query, secret), queryGet(query, 'hmac'));
  } catch {
    return false;
  }
}

/** Non-HMAC fields Paymob appends to the redirect (taken from Paymob's example redirect URL). */
const RESPONSE_EXTRA_TOP = [
  'profile_id',
  'merchant_commission',
  'is_void',
  'is_refund',
  'refunded_amount_cents',
  'captured_amount',
  'updated_at',
  'is_settled',
  'bill_balanced',
  'is_bill',
] as const;

/**
 * The query Paymob appends to the redirection URL for a transaction, without `hmac` (the sandbox signs it with
 * paymobResponseHmac). Every HMAC field is present, so paymobResponseHmacString(paymobResponseQueryOf(obj))
 * equals paymobProcessedHmacString(obj).
 */
export function paymobResponseQueryOf(obj: Record<string, unknown>): Record<string, string> {
  const q: Record<string, string> = {};
  for (const f of PAYMOB_HMAC_FIELDS) {
    q[f === 'order.id' ? 'order' : f] = hmacValue(processedField(obj, f));
  }
  for (const k of RESPONSE_EXTRA_TOP) {
    if (obj[k] !== undefined && obj[k] !== null) q[k] = hmacValue(obj[k]);
  }
  const order = obj.order;
  if (isRecord(order) && order.merchant_order_id != null) q.merchant_order_id = hmacValue(order.merchant_order_id);
  const data = isRecord(obj.data) ? obj.data : {};
  if (data.message != null) q['data.message'] = hmacValue(data.message);
  if (data.acq_response_code != null) q.acq_response_code = hmacValue(data.acq_response_code);
  if (data.txn_response_code != null) q.txn_response_code = hmacValue(data.txn_response_code);
  return q;
}
