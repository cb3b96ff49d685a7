import { createHash } from 'node:crypto';
import type { ProviderReportLine } from '@healthpay/payments';
import { safeEqual } from '../crypto/safe-equal';
import { HttpError } from '../http/body';
import { json } from '../http/reply';
import type { Route } from '../http/router';
import { cairoDate } from '../time/cairo';
import type { FawryContext } from './context';
import { expireDue } from './lifecycle';
import type { Charge, FawryOrderStatus } from './types';

const STATUS: Record<FawryOrderStatus, ProviderReportLine['status']> = {
  UNPAID: 'pending',
  PAID: 'paid',
  EXPIRED: 'expired',
  REFUNDED: 'refunded',
  PARTIAL_REFUNDED: 'partially_refunded',
  CANCELED: 'cancelled',
};

const lineOf = (c: Charge): ProviderReportLine => ({
  paymentId: c.merchantRefNum,
  providerReference: c.referenceNumber,
  amount: c.amount,
  status: STATUS[c.status],
  refunded: c.refunded,
});

/** Sandbox-only report auth, in the shape of Fawry's status signature: sha256(merchantCode + date + secureKey). */
function checkCaller(ctx: FawryContext, q: URLSearchParams, date: string): void {
  const merchantCode = q.get('merchantCode');
  const signature = q.get('signature');
  // Optional so a person can open the report in a browser; when given, both must be right.
  if (merchantCode === null && signature === null) return;
  const expected = createHash('sha256').update(`${merchantCode ?? ''}${date}${ctx.options.secureKey}`).digest('hex');
  if (!safeEqual(merchantCode ?? '', ctx.options.merchantCode) || !safeEqual((signature ?? '').toLowerCase(), expected)) {
    throw new HttpError(401, 'Invalid merchantCode or signature.');
  }
}

/**
 * GET /ECommerceWeb/api/report?date=YYYY-MM-DD[&merchantCode&signature] (sandbox only): charges by the Cairo day
 * of payment, else of creation.
 */
export function reportRoute(ctx: FawryContext): Route {
  return {
    method: 'GET',
    path: '/ECommerceWeb/api/report',
    kind: 'api',
    handle({ url }) {
      const date = url.searchParams.get('date') ?? '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new HttpError(400, 'date must be YYYY-MM-DD.');
      checkCaller(ctx, url.searchParams, date);
      expireDue(ctx);
      return json(200, ctx.store.all().filter((c) => cairoDate(c.paidAt ?? c.createdAt) === date).map(lineOf));
    },
  };
}
