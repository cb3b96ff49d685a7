import { fawryStatusSignature } from '@healthpay/payments';
import { safeEqual } from '../crypto/safe-equal';
import { json } from '../http/reply';
import type { Route } from '../http/router';
import { toEgp } from './amounts';
import { FAWRY_STATUS } from './codes';
import type { FawryContext } from './context';
import { expireDue } from './lifecycle';
import { NOTIFIED_PAYMENT_METHOD } from './notifications';
import { fawryError } from './reply';

const TYPE = 'PaymentStatusResponse';

/** GET /ECommerceWeb/Fawry/payments/status/v2?merchantCode&merchantRefNumber&signature */
export function statusRoute(ctx: FawryContext): Route {
  return {
    method: 'GET',
    path: '/ECommerceWeb/Fawry/payments/status/v2',
    kind: 'api',
    handle({ url }) {
      const merchantCode = url.searchParams.get('merchantCode') ?? '';
      const merchantRefNumber = url.searchParams.get('merchantRefNumber') ?? '';
      const signature = url.searchParams.get('signature') ?? '';
      if (!merchantCode || !safeEqual(merchantCode, ctx.options.merchantCode)) return fawryError(TYPE, FAWRY_STATUS.invalidMerchant);
      if (!merchantRefNumber) return fawryError(TYPE, FAWRY_STATUS.referenceBlank);
      const expected = fawryStatusSignature({ merchantCode, merchantRefNumber }, ctx.options.secureKey);
      if (!signature || !safeEqual(signature.toLowerCase(), expected.toLowerCase())) return fawryError(TYPE, FAWRY_STATUS.invalidSignature);
      expireDue(ctx);
      const c = ctx.store.byMerchantReference(merchantRefNumber);
      if (!c) return fawryError(TYPE, FAWRY_STATUS.notFound);
      return json(200, {
        type: TYPE,
        referenceNumber: c.referenceNumber,
        fawryRefNumber: c.referenceNumber,
        merchantRefNumber: c.merchantRefNum,
        customerMerchantId: c.customerProfileId,
        paymentAmount: toEgp(c.amount),
        orderAmount: toEgp(c.amount),
        fawryFees: 0,
        orderStatus: c.status,
        paymentMethod: NOTIFIED_PAYMENT_METHOD,
        ...(c.paidAt ? { paymentTime: c.paidAt.getTime() } : {}),
        ...(c.paymentRefrenceNumber ? { paymentRefrenceNumber: c.paymentRefrenceNumber } : {}),
        expirationTime: c.expiresAt,
        orderExpiryDate: c.expiresAt,
        ...FAWRY_STATUS.ok,
      });
    },
  };
}
