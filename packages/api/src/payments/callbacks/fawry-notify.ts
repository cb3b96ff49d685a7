import { fawryNotificationV2, verifyFawryNotification } from '@healthpay/payments';
import type { Services } from '../../services/services';
import { fawryNotification } from '../fawry-notification';
import { json, readJsonBody } from './body';
import { recordNotification, refuseForged } from './record';

/** POST /api/payments/fawry/notify — Fawry's server notification V2, signed with SHA-256 (messageSignature). */
export async function fawryNotify(services: Services, req: Request): Promise<Response> {
  const body = await readJsonBody(req);
  if (!body.ok) return json(body.status, { error: body.message });
  const parsed = fawryNotificationV2.safeParse(body.json);
  if (!parsed.success) return json(400, { error: 'not a Fawry V2 notification' });
  if (!verifyFawryNotification(body.json, services.payments.fawrySecureKey)) {
    return refuseForged(services, 'fawry', req, 'messageSignature mismatch');
  }
  let notification;
  try {
    notification = fawryNotification(parsed.data);
  } catch {
    return json(400, { error: 'amounts are not decimal EGP' });
  }
  const n = parsed.data;
  return recordNotification(services, {
    provider: 'fawry', notification, merchantReference: n.merchantRefNumber, providerOrderId: n.fawryRefNumber,
  }, req);
}
