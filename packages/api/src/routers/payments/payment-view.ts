import { getPayment, type PaymentRow } from '@healthpay/db';
import { isStaffRole } from '@healthpay/db';
import { refundable, type PaymentState } from '@healthpay/domain';
import type { Actor } from '../../auth/actor';
import { AppError } from '../../errors/app-error';
import type { Services } from '../../services/services';
import type { PaymentView } from './payment.schemas';

/** The checkout link only for the patient who pays, and only while paying is still possible. */
const checkoutFor = (actor: Actor, p: { ownerId: string; status: string; checkoutUrl: string | null }): string | null =>
  actor.userId === p.ownerId && (p.status === 'pending' || p.status === 'failed') ? p.checkoutUrl : null;

/** A payment row as the API shows it. */
export const paymentViewOf = (row: PaymentRow, actor: Actor): PaymentView => ({
  paymentId: row.paymentId, walletId: row.walletId, ownerId: row.ownerId, ownerName: row.ownerName, ownerPhone: row.ownerPhone,
  provider: row.provider, status: row.status, amount: row.amount, credited: row.credited, refunded: row.refunded,
  refundPending: row.refundPending, refundable: Math.max(0, row.credited - row.refunded - row.refundPending),
  providerOrderId: row.providerOrderId, providerReference: row.providerReference,
  checkoutUrl: checkoutFor(actor, row),
  flags: row.flags, failureReason: row.failureReason, expiresAt: row.expiresAt, requestedAt: row.requestedAt,
  succeededAt: row.succeededAt, updatedAt: row.updatedAt,
});

/** A payment the caller may see (its patient, or staff); anything else is "not found", so ids cannot be probed. */
export async function visiblePayment(services: Services, actor: Actor, paymentId: string): Promise<PaymentRow> {
  const row = await getPayment(services.pool, paymentId);
  if (!row || (!isStaffRole(actor.role) && row.ownerId !== actor.userId)) throw new AppError('PAYMENT_NOT_FOUND', 'No such payment');
  return row;
}

/** What a command returns: the view computed from the state after its events (the read model follows shortly). */
export function paymentViewFromState(state: PaymentState, actor: Actor, at: Date): PaymentView {
  if (state.status === 'none') throw new AppError('PAYMENT_NOT_FOUND', 'No such payment');
  const refunded = state.refunds.filter((r) => r.status === 'completed').reduce((s, r) => s + r.amount, 0);
  const refundPending = state.refunds.filter((r) => r.status === 'requested').reduce((s, r) => s + r.amount, 0);
  return {
    paymentId: state.paymentId, walletId: state.walletId, ownerId: state.ownerId, ownerName: null, ownerPhone: null,
    provider: state.provider, status: state.status, amount: state.amount, credited: state.credited, refunded, refundPending,
    refundable: refundable(state), providerOrderId: state.providerOrderId, providerReference: state.providerReference,
    checkoutUrl: checkoutFor(actor, state),
    flags: [...state.flags], failureReason: null, expiresAt: new Date(state.expiresAt), requestedAt: new Date(state.requestedAt),
    succeededAt: state.succeededAt ? new Date(state.succeededAt) : null, updatedAt: at,
  };
}
