import { listPayments as listPaymentRows } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { auditStaffRead } from '../../identity/audit-trail';
import { roleProcedure } from '../../trpc';
import { pageInput, paymentPage, paymentStatus, provider } from './payment.schemas';
import { paymentViewOf } from './payment-view';

export const listPaymentsInput = pageInput.extend({
  status: paymentStatus.optional(),
  provider: provider.optional(),
  flagged: z.boolean().optional(),
  /** A payment id, provider reference or order id, or the patient's phone or name. */
  query: z.string().trim().max(100).optional(),
});

/** Staff: every payment, filtered, newest first. */
export const listPayments = roleProcedure(...staffMay.readPatients)
  .input(listPaymentsInput)
  .output(paymentPage)
  .query(async ({ ctx, input }) => {
    const page = await listPaymentRows(ctx.services.pool, input);
    await auditStaffRead(ctx, 'payments.list', input.query ?? '*');
    return { items: page.items.map((r) => paymentViewOf(r, ctx.actor)), nextCursor: page.nextCursor };
  });
