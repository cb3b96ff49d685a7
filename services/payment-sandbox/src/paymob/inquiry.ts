import { z } from 'zod';
import { HttpError } from '../http/body';
import { json } from '../http/reply';
import type { Route } from '../http/router';
import { requireSecretKey } from './auth';
import type { PaymobContext } from './context';

const inquiryRequest = z.union([
  z.object({ merchant_order_id: z.string().min(1) }),
  z.object({ order_id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]) }),
]);

/** POST /api/ecommerce/orders/transaction_inquiry: the latest transaction of an order (refunds included). */
export function inquiryRoute(ctx: PaymobContext): Route {
  return {
    method: 'POST',
    path: '/api/ecommerce/orders/transaction_inquiry',
    kind: 'api',
    handle(req) {
      requireSecretKey(req.req, ctx.options.secretKey);
      const parsed = inquiryRequest.safeParse(req.json());
      if (!parsed.success) return json(400, { detail: 'Send merchant_order_id or order_id.' });
      const key = 'order_id' in parsed.data ? { orderId: parsed.data.order_id } : { merchantOrderId: parsed.data.merchant_order_id };
      const intention = ctx.store.findByOrder(key);
      const latest = intention ? ctx.store.transactionsOf(intention).at(-1) : undefined;
      if (!latest) throw new HttpError(404, 'Not found.');
      return json(200, latest);
    },
  };
}
