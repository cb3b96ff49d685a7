import { insertQueuedSms, type Pool } from '@healthpay/db';

export { SMS_CHANNEL } from '@healthpay/db';

export interface QueuedSms {
  /** E.164 (+201…). */
  phone: string;
  body: string;
  /** False: written like any other message but dropped unsent (a phone without an account). */
  deliver: boolean;
  /** When it becomes due (the service clock, so tests with a fixed clock see their own rows as due). */
  at: Date;
}

/**
 * One statement whatever `deliver` says, so a request for a phone with an account and one without do the same
 * work in the same time. The body holds a one-time code: sealed like a national ID (packages/db/src/pii).
 */
export async function enqueueSms(pool: Pool, sms: QueuedSms): Promise<void> {
  await insertQueuedSms(pool, sms);
}
