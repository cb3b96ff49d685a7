import { verifyPaymobResponse } from '@healthpay/payments';
import { z } from 'zod';
import type { Services } from '../../services/services';
import { paymobNotification } from '../paymob-notification';
import { matchPayment, recordNotification, refuseForged } from './record';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
/** The response callback's query: flat strings; `order` in real redirects, `order_id` in the docs. */
const returnQuery = z.object({
  id: z.string().regex(/^\d{1,18}$/).transform(Number),
  pending: flag,
  success: flag,
  amount_cents: z.string().regex(/^\d{1,15}$/).transform(Number),
  has_parent_transaction: flag.default(false),
  is_voided: flag.default(false),
  is_refunded: flag.default(false),
  merchant_order_id: z.string().max(200).optional(),
  order: z.string().regex(/^\d{1,18}$/).optional(),
  order_id: z.string().regex(/^\d{1,18}$/).optional(),
  'data.message': z.string().max(500).optional(),
});

const localeOf = (req: Request): 'ar' | 'en' => (/(?:^|;\s*)NEXT_LOCALE=en\b/.test(req.headers.get('cookie') ?? '') ? 'en' : 'ar');

/**
 * GET /api/payments/paymob/return — where Paymob sends the patient after checkout. Signed like the callback;
 * a verified result is recorded too (the POST may come later, or be lost), then the patient sees the payment.
 */
export async function paymobReturn(services: Services, req: Request): Promise<Response> {
  const url = new URL(req.url);
  const query = Object.fromEntries(url.searchParams);
  if (!verifyPaymobResponse(url.searchParams, services.payments.paymobHmacSecret)) {
    return refuseForged(services, 'paymob', req, url.searchParams.has('hmac') ? 'hmac mismatch' : 'hmac missing');
  }
  const parsed = returnQuery.safeParse(query);
  if (!parsed.success) return new Response('Malformed return from the payment page', { status: 400 });
  const q = parsed.data;
  const received = {
    provider: 'paymob' as const,
    notification: paymobNotification({ ...q, data: q['data.message'] ? { message: q['data.message'] } : null }),
    merchantReference: q.merchant_order_id ?? null,
    providerOrderId: q.order ?? q.order_id ?? null,
  };
  const paymentId = await matchPayment(services, received);
  const locale = localeOf(req);
  if (!paymentId) return redirect(`/${locale}?payment=unknown`);
  const recorded = await recordNotification(services, received, req);
  const result = recorded.ok ? (q.pending ? 'pending' : q.success ? 'success' : 'failure') : 'pending';
  return redirect(`/${locale}/payments/${paymentId}?result=${result}`);
}

/** A relative redirect: the browser stays on the host it used (see docs/security.md on Auth.js and localhost). */
const redirect = (path: string) => new Response(null, { status: 303, headers: { location: path, 'cache-control': 'no-store' } });
