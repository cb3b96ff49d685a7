import type { ProviderNotification } from '@healthpay/domain';
import type { PaymobTransactionObj } from '@healthpay/payments';

/** Paymob's `data.message` (e.g. a decline reason), when it sent one. */
const messageOf = (obj: Pick<PaymobTransactionObj, 'data'>): string => {
  const m = obj.data?.message;
  return typeof m === 'string' ? m.slice(0, 200) : '';
};

/**
 * A Paymob transaction as a notification. Refunds and voids arrive as new transactions with a parent;
 * the transaction id is the notification's key, so the same transaction is applied once.
 */
export function paymobNotification(
  obj: Pick<PaymobTransactionObj, 'id' | 'pending' | 'success' | 'amount_cents' | 'has_parent_transaction' | 'is_voided' | 'is_refunded' | 'data'>,
): ProviderNotification {
  const kind = obj.has_parent_transaction ? (obj.is_voided ? 'void' : obj.is_refunded ? 'refund' : 'payment') : 'payment';
  const outcome = obj.pending ? 'pending' : obj.success ? 'success' : 'failure';
  return {
    provider: 'paymob',
    key: `txn-${obj.id}`,
    kind,
    outcome,
    amount: obj.amount_cents,
    providerTransactionId: String(obj.id),
    detail: messageOf(obj) || (outcome === 'failure' ? 'declined' : outcome),
  };
}

/** Our payment id as Paymob echoes it: the intention's special_reference comes back as the order's merchant_order_id. */
export const paymobMerchantReference = (obj: PaymobTransactionObj): string | null => obj.order.merchant_order_id ?? null;
