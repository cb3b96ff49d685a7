import { fawryChargeSignature } from '@healthpay/payments';
import { z } from 'zod';
import { safeEqual } from '../crypto/safe-equal';
import { json } from '../http/reply';
import type { Route } from '../http/router';
import { fawryId, fawryMoney, toEgp, toPiasters } from './amounts';
import { FAWRY_STATUS } from './codes';
import type { FawryContext } from './context';
import { fawryBadRequest, fawryError } from './reply';
import type { Charge } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;
const TYPE = 'ChargeResponse';

const chargeRequest = z.object({
  merchantCode: z.string(),
  merchantRefNum: fawryId,
  customerProfileId: fawryId.optional(),
  customerName: z.string().optional(),
  customerMobile: fawryId.optional(),
  customerEmail: z.string().optional(),
  paymentMethod: z.string(),
  amount: fawryMoney,
  cardToken: z.string().optional(),
  currencyCode: z.string().optional(),
  description: z.string().optional(),
  language: z.string().optional(),
  paymentExpiry: z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
  chargeItems: z.array(z.object({ itemId: fawryId, description: z.string().optional(), price: z.number(), quantity: z.number().int().positive() })).default([]),
  orderWebHookUrl: z.url({ protocol: /^https?$/ }).optional(),
  signature: z.string(),
});

/** POST /ECommerceWeb/Fawry/payments/charge: creates a PAYATFAWRY reference number. */
export function chargeRoute(ctx: FawryContext): Route {
  return {
    method: 'POST',
    path: '/ECommerceWeb/Fawry/payments/charge',
    kind: 'api',
    handle(req) {
      const parsed = chargeRequest.safeParse(req.json());
      if (!parsed.success) return fawryBadRequest(TYPE, z.prettifyError(parsed.error));
      const b = parsed.data;
      if (!safeEqual(b.merchantCode, ctx.options.merchantCode)) return fawryError(TYPE, FAWRY_STATUS.invalidMerchant);
      const amount = toPiasters(b.amount);
      const expected = fawryChargeSignature(
        { merchantCode: b.merchantCode, merchantRefNum: b.merchantRefNum, customerProfileId: b.customerProfileId ?? '', paymentMethod: b.paymentMethod, amount, ...(b.cardToken ? { cardToken: b.cardToken } : {}) },
        ctx.options.secureKey,
      );
      if (!safeEqual(b.signature.toLowerCase(), expected.toLowerCase())) return fawryError(TYPE, FAWRY_STATUS.invalidSignature);
      if (b.paymentMethod !== 'PAYATFAWRY') return fawryError(TYPE, FAWRY_STATUS.unsupportedMethod);
      if (!(amount > 0)) return fawryError(TYPE, FAWRY_STATUS.invalidAmount);
      if (ctx.store.hasMerchantRef(b.merchantRefNum)) return fawryError(TYPE, FAWRY_STATUS.duplicateReference);
      const charge: Charge = {
        referenceNumber: ctx.store.newReferenceNumber(),
        merchantRefNum: b.merchantRefNum,
        customerProfileId: b.customerProfileId ?? '',
        customerName: b.customerName ?? null,
        customerMobile: b.customerMobile ?? null,
        customerEmail: b.customerEmail ?? null,
        amount,
        description: b.description ?? null,
        items: b.chargeItems,
        expiresAt: b.paymentExpiry ?? Date.now() + DAY_MS,
        webhookUrl: b.orderWebHookUrl ?? null,
        status: 'UNPAID',
        createdAt: new Date(),
        paidAt: null,
        paymentRefrenceNumber: null,
        refunded: 0,
      };
      ctx.store.add(charge);
      return json(200, {
        type: TYPE,
        referenceNumber: charge.referenceNumber,
        merchantRefNumber: charge.merchantRefNum,
        orderAmount: toEgp(amount),
        paymentAmount: toEgp(amount),
        fawryFees: 0,
        orderStatus: charge.status,
        paymentMethod: 'PAYATFAWRY',
        expirationTime: charge.expiresAt,
        ...FAWRY_STATUS.ok,
      });
    },
  };
}
