import { randomBytes } from 'node:crypto';
import { fawryNotificationSignature, type FawryNotificationV2 } from '@healthpay/payments';
import { toEgp } from './amounts';
import type { FawryContext } from './context';
import type { Charge } from './types';

/** Fawry reports the method of a reference-number payment like this, not as the PAYATFAWRY that was sent. */
export const NOTIFIED_PAYMENT_METHOD = 'PayAtFawry';

/** The V2 server-to-server notification body for the charge's current status, signed like Fawry. */
export function notificationOf(ctx: FawryContext, c: Charge): FawryNotificationV2 {
  const body: FawryNotificationV2 = {
    requestId: randomBytes(16).toString('hex'),
    fawryRefNumber: c.referenceNumber,
    merchantRefNumber: c.merchantRefNum,
    customerName: c.customerName,
    customerMobile: c.customerMobile,
    customerMail: c.customerEmail,
    customerMerchantId: c.customerProfileId,
    paymentAmount: toEgp(c.amount),
    orderAmount: toEgp(c.amount),
    fawryFees: 0,
    orderStatus: c.status,
    paymentMethod: NOTIFIED_PAYMENT_METHOD,
    ...(c.paidAt ? { paymentTime: c.paidAt.getTime() } : {}),
    ...(c.paymentRefrenceNumber ? { paymentRefrenceNumber: c.paymentRefrenceNumber } : {}),
    orderExpiryDate: c.expiresAt,
    orderItems: c.items.map((i) => ({ itemCode: i.itemId, price: i.price, quantity: i.quantity })),
    messageSignature: '',
  };
  // Signed over the very values that are sent.
  return { ...body, messageSignature: fawryNotificationSignature(body, ctx.options.secureKey) };
}

/** POSTs the notification to the charge's orderWebHookUrl; Fawry retries until it gets exactly 200. */
export function sendNotification(ctx: FawryContext, c: Charge): void {
  if (c.webhookUrl === null) return;
  ctx.deliverer.send(c.referenceNumber, c.webhookUrl, JSON.stringify(notificationOf(ctx, c)));
}
