import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { requireIdempotencyKeyFormat } from '../../commands/execute';
import { refundPayment as refund } from '../../payments/refund';
import { roleProcedure } from '../../trpc';
import { paymentId, paymentView } from './payment.schemas';
import { paymentViewFromState } from './payment-view';

export const refundInput = z.object({
  paymentId,
  amount: z.int().positive().max(Number.MAX_SAFE_INTEGER),
  reason: z.string().trim().min(1).max(500),
  kind: z.enum(['refund', 'void']).default('refund'),
});

/** Finance gives a top-up back (in part or in full) to the card or Fawry; the wallet is debited first. */
export const refundPayment = roleProcedure(...staffMay.moveMoney)
  .input(refundInput)
  .output(paymentView)
  .mutation(async ({ ctx, input }) => {
    requireIdempotencyKeyFormat(ctx.idempotencyKey);
    const state = await refund({ services: ctx.services, actor: ctx.actor, operation: 'payments.refund', input, idempotencyKey: ctx.idempotencyKey, request: ctx.request }, input);
    return paymentViewFromState(state, ctx.actor, ctx.services.clock());
  });
