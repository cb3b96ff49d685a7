import { listPayments } from '@healthpay/db';
import { roleProcedure } from '../../trpc';
import { pageInput, paymentPage } from './payment.schemas';
import { paymentViewOf } from './payment-view';

/** The patient's own top-ups, newest first. */
export const myPayments = roleProcedure('patient')
  .input(pageInput.default({ limit: 20 }))
  .output(paymentPage)
  .query(async ({ ctx, input }) => {
    const page = await listPayments(ctx.services.pool, { ownerId: ctx.actor.userId, cursor: input.cursor, limit: input.limit });
    return { items: page.items.map((r) => paymentViewOf(r, ctx.actor)), nextCursor: page.nextCursor };
  });
