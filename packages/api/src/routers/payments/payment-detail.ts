import { listPaymentNotifications, listPaymentRefunds } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { auditStaffRead } from '../../identity/audit-trail';
import { roleProcedure } from '../../trpc';
import { paymentId, paymentView, provider } from './payment.schemas';
import { paymentViewOf, visiblePayment } from './payment-view';

export const notificationView = z.object({
  eventId: z.string(),
  provider,
  kind: z.enum(['payment', 'refund', 'void']),
  outcome: z.enum(['success', 'failure', 'pending', 'expired', 'cancelled']),
  amount: z.int(),
  providerTransactionId: z.string().nullable(),
  detail: z.string(),
  notificationKey: z.string(),
  receivedAt: z.date(),
});

export const refundView = z.object({
  refundId: z.string(),
  amount: z.int(),
  kind: z.enum(['refund', 'void']),
  status: z.enum(['requested', 'completed', 'failed']),
  reason: z.string(),
  failureReason: z.string().nullable(),
  providerTransactionId: z.string().nullable(),
  requestedAt: z.date(),
  updatedAt: z.date(),
});

/** Staff: one payment with every provider notification and every refund. */
export const paymentDetail = roleProcedure(...staffMay.readPatients)
  .input(z.object({ paymentId }))
  .output(z.object({ payment: paymentView, notifications: z.array(notificationView), refunds: z.array(refundView) }))
  .query(async ({ ctx, input }) => {
    const row = await visiblePayment(ctx.services, ctx.actor, input.paymentId);
    const [notifications, refunds] = await Promise.all([
      listPaymentNotifications(ctx.services.pool, input.paymentId),
      listPaymentRefunds(ctx.services.pool, input.paymentId),
    ]);
    await auditStaffRead(ctx, 'payments.detail', input.paymentId);
    return { payment: paymentViewOf(row, ctx.actor), notifications, refunds };
  });
