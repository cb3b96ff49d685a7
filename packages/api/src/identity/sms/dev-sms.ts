import { insertDevSms, selectDevSms, type Pool } from '@healthpay/db';
import type { SmsSender } from './sms-port';

/**
 * Development only: the message goes to the server log and the sms_outbox table instead of a phone, so
 * demo sign-in works offline. Refuses to be created in production (env.ts also refuses HP_SMS=dev there).
 */
export function devSms(pool: Pool, hpEnv: 'development' | 'test' | 'production', log: (line: string) => void = console.info): SmsSender {
  if (hpEnv === 'production') throw new Error('the development SMS adapter is not available in production');
  return {
    name: 'dev',
    async send(phone, body) {
      log(`[sms:dev] to ${phone}: ${body}`);
      await insertDevSms(pool, phone, body);
    },
  };
}

/** The latest development messages to a phone (newest first): what a demo or an e2e test reads the code from. */
export const devOutbox = (pool: Pool, phone: string, limit = 10): Promise<{ body: string; createdAt: Date }[]> => selectDevSms(pool, phone, limit);
