import type { Env } from '@healthpay/config';
import type { Pool } from '@healthpay/db';
import { cequensSms } from './cequens-sms';
import { devSms } from './dev-sms';
import { noSms, type SmsSender } from './sms-port';

/** The adapter HP_SMS selects (env.ts has already refused dev in production and Cequens without a key). */
export function smsFromEnv(e: Env, pool: Pool): SmsSender {
  if (e.HP_SMS === 'dev') return devSms(pool, e.HP_ENV);
  if (e.HP_SMS === 'cequens' && e.CEQUENS_API_KEY) {
    return cequensSms({ apiKey: e.CEQUENS_API_KEY, url: e.CEQUENS_API_URL, senderName: e.CEQUENS_SENDER_NAME });
  }
  return noSms;
}
