import { openPii, piiKeyring, type Pool, type PoolClient } from '@healthpay/db';
import { log as serverLog } from '@healthpay/config/log';
import type { SmsSender } from './sms-port';

/** Tries per message before it is given up (`failed_at` set, body cleared). */
export const SMS_MAX_ATTEMPTS = 5;

/** Wait before try n+1 after n failed tries: 2 s, 4 s, 8 s, 16 s (a sign-in code lives 5 minutes). */
export const smsRetryDelayMs = (failedTries: number): number => Math.min(60_000, 2_000 * 2 ** (failedTries - 1));

export interface SmsDeliveryDeps {
  pool: Pool;
  sms: SmsSender;
  clock: () => Date;
  log?: Pick<typeof serverLog, 'warn'>;
}

export interface SmsDeliveryReport {
  sent: number;
  dropped: number;
  retrying: number;
  failed: number;
}

interface DueRow {
  id: number;
  phone: string;
  body: string | null;
  deliver: boolean;
  attempts: number;
}

const masked = (phone: string) => `${phone.slice(0, 6)}…${phone.slice(-2)}`;

/**
 * Sends (or drops) up to `batch` due messages. Rows are claimed FOR UPDATE SKIP LOCKED inside one
 * transaction, so several workers never send the same message; a sent or dropped row is deleted with that
 * transaction. Logs name the masked phone and the error class only: never the body, which holds a code.
 */
export async function deliverDueSms(deps: SmsDeliveryDeps, batch = 20): Promise<SmsDeliveryReport> {
  const report: SmsDeliveryReport = { sent: 0, dropped: 0, retrying: 0, failed: 0 };
  const now = deps.clock();
  const client = await deps.pool.connect();
  try {
    await client.query('BEGIN');
    const due = await client.query<DueRow>(
      `SELECT id, phone, body, deliver, attempts FROM sms_queue
        WHERE failed_at IS NULL AND next_attempt_at <= $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, batch],
    );
    for (const row of due.rows) report[await deliverOne(deps, client, row, now)] += 1;
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  return report;
}

async function deliverOne(deps: SmsDeliveryDeps, client: PoolClient, row: DueRow, now: Date): Promise<keyof SmsDeliveryReport> {
  if (!row.deliver || row.body === null) {
    await client.query('DELETE FROM sms_queue WHERE id = $1', [row.id]);
    return 'dropped';
  }
  try {
    await deps.sms.send(row.phone, openPii(piiKeyring(), row.body));
  } catch (error) {
    const tries = row.attempts + 1;
    const why = error instanceof Error ? `${error.name}: ${error.message}` : 'error';
    (deps.log ?? serverLog).warn(`[sms] delivery to ${masked(row.phone)} failed (try ${tries} of ${SMS_MAX_ATTEMPTS}): ${why}`);
    if (tries >= SMS_MAX_ATTEMPTS) {
      await client.query('UPDATE sms_queue SET attempts = $2, failed_at = $3, body = NULL WHERE id = $1', [row.id, tries, now]);
      return 'failed';
    }
    await client.query('UPDATE sms_queue SET attempts = $2, next_attempt_at = $3 WHERE id = $1',
      [row.id, tries, new Date(now.getTime() + smsRetryDelayMs(tries))]);
    return 'retrying';
  }
  await client.query('DELETE FROM sms_queue WHERE id = $1', [row.id]);
  return 'sent';
}
