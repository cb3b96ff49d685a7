import { piiKeyring, sealPii } from '../pii/index';
import type { Pool, PoolClient } from '../postgres/pool';

/** Postgres channel the delivery worker listens on; queueing notifies it (at commit). */
export const SMS_CHANNEL = 'hp_sms';

/**
 * Queues one message in one statement, whatever `deliver` says (false: dropped unsent by the worker). The
 * body holds a one-time code: sealed like a national ID (pii/).
 */
export async function insertQueuedSms(pool: Pool, sms: { phone: string; body: string; deliver: boolean; at: Date }): Promise<void> {
  await pool.query(
    `WITH queued AS (
       INSERT INTO sms_queue (phone, body, deliver, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $4) RETURNING id
     )
     SELECT pg_notify('${SMS_CHANNEL}', '') FROM queued`,
    [sms.phone, sealPii(piiKeyring(), sms.body), sms.deliver, sms.at],
  );
}

export interface DueSms {
  id: number;
  phone: string;
  /** Sealed (open it with openPii); null once given up. */
  body: string | null;
  deliver: boolean;
  attempts: number;
}

/** Claims up to `batch` due messages FOR UPDATE SKIP LOCKED (inside the caller's transaction): no two workers get the same one. */
export async function claimDueSms(client: PoolClient, now: Date, batch: number): Promise<DueSms[]> {
  const res = await client.query<DueSms>(
    `SELECT id, phone, body, deliver, attempts FROM sms_queue
      WHERE failed_at IS NULL AND next_attempt_at <= $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [now, batch],
  );
  return res.rows;
}

/** What becomes of a claimed message: sent or dropped (deleted), tried again at a time, or given up (body cleared). */
export const smsOutcome = {
  done: async (client: PoolClient, id: number) => {
    await client.query('DELETE FROM sms_queue WHERE id = $1', [id]);
  },
  retryAt: async (client: PoolClient, id: number, attempts: number, at: Date) => {
    await client.query('UPDATE sms_queue SET attempts = $2, next_attempt_at = $3 WHERE id = $1', [id, attempts, at]);
  },
  giveUp: async (client: PoolClient, id: number, attempts: number, now: Date) => {
    await client.query('UPDATE sms_queue SET attempts = $2, failed_at = $3, body = NULL WHERE id = $1', [id, attempts, now]);
  },
};
