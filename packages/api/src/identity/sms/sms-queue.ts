import { piiKeyring, sealPii, type Pool } from '@healthpay/db';

/** Postgres channel the delivery worker listens on; the queueing statement notifies it (at commit). */
export const SMS_CHANNEL = 'hp_sms';

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
  await pool.query(
    `WITH queued AS (
       INSERT INTO sms_queue (phone, body, deliver, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $4) RETURNING id
     )
     SELECT pg_notify('${SMS_CHANNEL}', '') FROM queued`,
    [sms.phone, sealPii(piiKeyring(), sms.body), sms.deliver, sms.at],
  );
}
