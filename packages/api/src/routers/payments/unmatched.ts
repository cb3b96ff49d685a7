import { listUnmatchedNotifications } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';
import { pageInput, provider } from './payment.schemas';

const unmatchedView = z.object({
  eventId: z.string(),
  provider,
  merchantReference: z.string().nullable(),
  providerOrderId: z.string().nullable(),
  providerTransactionId: z.string().nullable(),
  kind: z.string(),
  outcome: z.string(),
  amount: z.int(),
  detail: z.string(),
  reason: z.string().nullable(),
  receivedAt: z.date(),
});

/** Finance: signed notifications we could not tie to a payment, newest first. */
export const unmatchedNotifications = roleProcedure(...staffMay.moveMoney)
  .input(pageInput.default({ limit: 20 }))
  .output(z.object({ items: z.array(unmatchedView), nextCursor: z.int().nullable() }))
  .query(async ({ ctx, input }) => {
    const page = await listUnmatchedNotifications(ctx.services.pool, input);
    return { items: page.items.map((n) => ({ ...n, reason: n.unmatchedReason })), nextCursor: page.nextCursor };
  });
