import { fawryRefundSignature } from '@healthpay/payments';
import { z } from 'zod';
import { safeEqual } from '../crypto/safe-equal';
import { json } from '../http/reply';
import type { Route } from '../http/router';
import { fawryId, fawryMoney, toPiasters } from './amounts';
import { FAWRY_STATUS } from './codes';
import type { FawryContext } from './context';
import { sendNotification } from './notifications';
import { fawryBadRequest, fawryError } from './reply';

const TYPE = 'ResponseDataModel';

const refundRequest = z.object({
  merchantCode: z.string(),
  referenceNumber: fawryId,
  refundAmount: fawryMoney,
  reason: z.string().optional(),
  signature: z.string(),
});

/** POST /ECommerceWeb/Fawry/payments/refund: full or partial refunds of a PAID order, with a V2 notification. */
export function refundRoute(ctx: FawryContext): Route {
  return {
    method: 'POST',
    path: '/ECommerceWeb/Fawry/payments/refund',
    kind: 'api',
    handle(req) {
      const parsed = refundRequest.safeParse(req.json());
      if (!parsed.success) return fawryBadRequest(TYPE, z.prettifyError(parsed.error));
      const b = parsed.data;
      if (!safeEqual(b.merchantCode, ctx.options.merchantCode)) return fawryError(TYPE, FAWRY_STATUS.invalidMerchant);
      const amount = toPiasters(b.refundAmount);
      const expected = fawryRefundSignature(
        { merchantCode: b.merchantCode, referenceNumber: b.referenceNumber, refundAmount: amount, ...(b.reason ? { reason: b.reason } : {}) },
        ctx.options.secureKey,
      );
      if (!safeEqual(b.signature.toLowerCase(), expected.toLowerCase())) return fawryError(TYPE, FAWRY_STATUS.invalidSignature);
      const c = ctx.store.byFawryRef(b.referenceNumber);
      if (!c) return fawryError(TYPE, FAWRY_STATUS.notFound);
      if (c.status !== 'PAID' && c.status !== 'PARTIAL_REFUNDED') return fawryError(TYPE, FAWRY_STATUS.notPaid);
      if (!(amount > 0)) return fawryError(TYPE, FAWRY_STATUS.invalidAmount);
      if (amount > c.amount - c.refunded) return fawryError(TYPE, FAWRY_STATUS.refundExceeded);
      c.refunded += amount;
      c.status = c.refunded === c.amount ? 'REFUNDED' : 'PARTIAL_REFUNDED';
      sendNotification(ctx, c);
      return json(200, { type: TYPE, ...FAWRY_STATUS.ok });
    },
  };
}
