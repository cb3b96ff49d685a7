import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { runPaymentCommand } from '../../payments/run-payment';
import { roleProcedure } from '../../trpc';
import { paymentId, paymentView } from './payment.schemas';
import { paymentViewFromState } from './payment-view';

/** The patient no longer wants to pay (e.g. an unused Fawry code). A payment that arrives anyway still credits. */
export const cancelPayment = roleProcedure('patient')
  .input(z.object({ paymentId }))
  .output(paymentView)
  .mutation(async ({ ctx, input }) => {
    const after = await runPaymentCommand(
      { services: ctx.services, actor: ctx.actor, operation: 'payments.cancel', input, idempotencyKey: ctx.idempotencyKey, request: ctx.request },
      input.paymentId,
      { type: 'CancelPayment', data: { paymentId: input.paymentId, reason: 'cancelled by the patient' } },
      (s) => {
        if (s.status === 'none' || s.ownerId !== ctx.actor.userId) throw new AppError('PAYMENT_NOT_FOUND', 'No such payment');
      },
    );
    return paymentViewFromState(after.state, ctx.actor, ctx.services.clock());
  });
