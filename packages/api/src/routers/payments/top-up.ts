import { z } from 'zod';
import { requireIdempotencyKeyFormat } from '../../commands/execute';
import { startTopUp } from '../../payments/top-up';
import { roleProcedure } from '../../trpc';
import { provider, topUpAmount } from './payment.schemas';

export const topUpInput = z.object({ walletId: z.uuid(), provider, amount: topUpAmount, locale: z.enum(['ar', 'en']).default('ar') });
export const topUpOutput = z.object({
  paymentId: z.string(),
  provider,
  status: z.string(),
  amount: z.int(),
  expiresAt: z.date(),
  /** Paymob: where the browser goes to pay. */
  checkoutUrl: z.string().nullable(),
  /** Fawry: the code the patient pays at an outlet. */
  referenceNumber: z.string().nullable(),
});

/** A patient puts money into their wallet by card (Paymob) or cash at a Fawry outlet. */
export const topUp = roleProcedure('patient')
  .input(topUpInput)
  .output(topUpOutput)
  .mutation(({ ctx, input }) => {
    requireIdempotencyKeyFormat(ctx.idempotencyKey);
    return startTopUp({ services: ctx.services, actor: ctx.actor, operation: 'payments.topUp', input, idempotencyKey: ctx.idempotencyKey, request: ctx.request }, input);
  });
