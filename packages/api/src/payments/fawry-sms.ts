import { getUser } from '@healthpay/db';
import { requestLog } from '@healthpay/config/log';
import type { Services } from '../services/services';

const egp = (piasters: number) => `${Math.trunc(piasters / 100)}.${String(piasters % 100).padStart(2, '0')}`;
const cairo = (d: Date, locale: string) =>
  new Intl.DateTimeFormat(locale === 'ar' ? 'ar-EG' : 'en-GB', { timeZone: 'Africa/Cairo', dateStyle: 'medium', timeStyle: 'short' }).format(d);

/**
 * The Fawry reference by SMS, in the patient's language first and the other second. A lost SMS does not undo
 * the order: the code is on screen too.
 */
export async function sendFawryCodeSms(
  services: Services,
  userId: string,
  o: { reference: string; amount: number; expiresAt: Date; locale: 'ar' | 'en'; requestId?: string },
): Promise<void> {
  const phone = (await getUser(services.pool, userId))?.phone;
  if (!phone) return;
  const ar = `HealthPay: ادفع ${egp(o.amount)} ج.م في أي منفذ فوري بالكود ${o.reference} قبل ${cairo(o.expiresAt, 'ar')}.`;
  const en = `HealthPay: pay EGP ${egp(o.amount)} at any Fawry outlet with code ${o.reference} before ${cairo(o.expiresAt, 'en')}.`;
  try {
    await services.sms.send(phone, o.locale === 'ar' ? `${ar}\n${en}` : `${en}\n${ar}`);
  } catch (error) {
    requestLog(o.requestId).warn('[payments] Fawry code SMS not sent', error);
  }
}
