import { paymobProcessedCallback, verifyPaymobProcessed } from '@healthpay/payments';
import type { Services } from '../../services/services';
import { paymobMerchantReference, paymobNotification } from '../paymob-notification';
import { json, readJsonBody } from './body';
import { recordNotification, refuseForged } from './record';

/**
 * POST /api/payments/paymob/callback?hmac=… — Paymob's transaction processed callback. The HMAC covers the
 * transaction object as received; only a verified transaction is recorded.
 */
export async function paymobCallback(services: Services, req: Request): Promise<Response> {
  const body = await readJsonBody(req);
  if (!body.ok) return json(body.status, { error: body.message });
  const raw = body.json as { type?: unknown; obj?: unknown } | null;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || typeof raw.obj !== 'object' || raw.obj === null) {
    return json(400, { error: 'expected { type, obj }' });
  }
  // Card-token callbacks share the URL; we keep no tokens, so there is nothing to record.
  if (raw.type !== undefined && raw.type !== 'TRANSACTION') return json(200, { received: true, ignored: raw.type });
  const hmac = new URL(req.url).searchParams.get('hmac');
  if (!verifyPaymobProcessed(raw.obj, hmac, services.payments.paymobHmacSecret)) {
    return refuseForged(services, 'paymob', req, hmac ? 'hmac mismatch' : 'hmac missing');
  }
  const parsed = paymobProcessedCallback.safeParse(raw);
  if (!parsed.success) return json(400, { error: 'transaction fields missing or malformed' });
  const obj = parsed.data.obj;
  return recordNotification(services, {
    provider: 'paymob', notification: paymobNotification(obj), merchantReference: paymobMerchantReference(obj), providerOrderId: String(obj.order.id),
  }, req);
}
