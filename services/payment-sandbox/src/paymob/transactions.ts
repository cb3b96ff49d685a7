import { paymobTimestamp } from '../time/cairo';
import type { PaymobStore } from './store';
import type { Intention, PaymobTransaction, SourceData } from './types';

/** The merchant ("owner") every sandbox transaction belongs to. */
export const SANDBOX_OWNER_ID = 302_852;

export interface TransactionSpec {
  amountCents: number;
  success: boolean;
  is3dSecure: boolean;
  source: SourceData;
  data: Record<string, unknown> & { message: string };
  integrationId: number;
  /** Refunds and voids are new transactions pointing at the payment they undo. */
  parent?: { id: number; kind: 'refund' | 'void' };
}

function orderOf(intention: Intention, createdAt: string): PaymobTransaction['order'] {
  const billing = intention.billingData;
  return {
    id: intention.orderId,
    created_at: createdAt,
    delivery_needed: false,
    merchant: { id: SANDBOX_OWNER_ID, company_name: 'HealthPay Sandbox Merchant', country: 'EGY', currency: 'EGP' },
    collector: null,
    amount_cents: intention.amount,
    shipping_data: {
      first_name: billing.first_name,
      last_name: billing.last_name,
      email: billing.email,
      phone_number: billing.phone_number,
      country: billing.country ?? 'EG',
    },
    currency: intention.currency,
    is_payment_locked: false,
    is_return: false,
    is_cancel: false,
    is_returned: false,
    is_canceled: false,
    merchant_order_id: intention.specialReference,
    wallet_notification: null,
    paid_amount_cents: 0,
    notify_user_with_email: false,
    items: intention.items.map((i) => ({ name: i.name, description: i.description ?? '', amount_cents: i.amount, quantity: i.quantity })),
    order_url: 'NA',
    commission_fees: 0,
    delivery_fees_cents: 0,
    delivery_vat_cents: 0,
    payment_method: 'tbc',
    merchant_staff_tag: null,
    api_source: 'OTHER',
    data: {},
  };
}

/** Creates, stores and returns a transaction shaped like Paymob's callback `obj`. */
export function createTransaction(store: PaymobStore, intention: Intention, spec: TransactionSpec, now: Date): PaymobTransaction {
  const createdAt = paymobTimestamp(now, store.microDigits());
  const parent = spec.parent;
  const tx: PaymobTransaction = {
    id: store.transactionId(),
    pending: false,
    amount_cents: spec.amountCents,
    success: spec.success,
    is_auth: false,
    is_capture: false,
    is_standalone_payment: true,
    is_voided: parent?.kind === 'void',
    is_refunded: parent?.kind === 'refund',
    is_3d_secure: spec.is3dSecure,
    integration_id: spec.integrationId,
    profile_id: SANDBOX_OWNER_ID,
    has_parent_transaction: parent !== undefined,
    order: orderOf(intention, paymobTimestamp(intention.createdAt, 0)),
    created_at: createdAt,
    transaction_processed_callback_responses: [],
    currency: intention.currency,
    source_data: spec.source,
    api_source: parent ? 'OTHER' : 'IFRAME',
    terminal_id: null,
    merchant_commission: 0,
    installment: null,
    discount_details: [],
    is_void: parent?.kind === 'void',
    is_refund: parent?.kind === 'refund',
    data: spec.data,
    is_hidden: false,
    payment_key_claims: { user_id: SANDBOX_OWNER_ID, amount_cents: intention.amount, currency: intention.currency, integration_id: spec.integrationId, order_id: intention.orderId },
    error_occured: false,
    is_live: false,
    other_endpoint_reference: null,
    refunded_amount_cents: 0,
    source_id: -1,
    is_captured: false,
    captured_amount: 0,
    merchant_staff_tag: null,
    updated_at: createdAt,
    is_settled: false,
    bill_balanced: false,
    is_bill: false,
    owner: SANDBOX_OWNER_ID,
    parent_transaction: parent?.id ?? null,
  };
  store.transactions.set(tx.id, tx);
  return tx;
}

/** Card brand as Paymob reports it in `source_data.sub_type`. */
export function cardBrand(cardNumber: string): string {
  if (/^4/.test(cardNumber)) return 'Visa';
  if (/^(5[1-5]|2[2-7])/.test(cardNumber)) return 'MasterCard';
  if (/^5078/.test(cardNumber)) return 'Meeza';
  return 'Card';
}
