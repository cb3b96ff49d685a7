import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { auditStaffRead } from '../../identity/audit-trail';
import { roleProcedure } from '../../trpc';
import { paymentId, paymentView } from './payment.schemas';
import { paymentViewOf, visiblePayment } from './payment-view';

/** One payment: its patient's own, or any for staff (audited). */
export const getPayment = roleProcedure('patient', ...staffMay.readPatients)
  .input(z.object({ paymentId }))
  .output(paymentView)
  .query(async ({ ctx, input }) => {
    const row = await visiblePayment(ctx.services, ctx.actor, input.paymentId);
    await auditStaffRead(ctx, 'payments.get', input.paymentId);
    return paymentViewOf(row, ctx.actor);
  });
