import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { runSettlement } from '../../payments/run-payment';
import { roleProcedure } from '../../trpc';
import { paymentId, paymentView } from './payment.schemas';
import { paymentViewFromState } from './payment-view';

/** Finance accepts money that arrived in review (e.g. a different amount) into the wallet, with a note. */
export const resolveReview = roleProcedure(...staffMay.moveMoney)
  .input(z.object({ paymentId, note: z.string().trim().min(1).max(500) }))
  .output(paymentView)
  .mutation(async ({ ctx, input }) => {
    const after = await runSettlement(
      { services: ctx.services, actor: ctx.actor, operation: 'payments.resolveReview', input, idempotencyKey: ctx.idempotencyKey, request: ctx.request },
      input.paymentId,
      { type: 'ResolvePaymentReview', data: { paymentId: input.paymentId, note: input.note } },
    );
    return paymentViewFromState(after.state, ctx.actor, ctx.services.clock());
  });
