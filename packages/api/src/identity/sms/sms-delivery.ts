import { claimDueSms, inTransaction, openPii, piiKeyring, smsOutcome, type DueSms, type Pool, type PoolClient } from '@healthpay/db';
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

const masked = (phone: string) => `${phone.slice(0, 6)}…${phone.slice(-2)}`;

/**
 * Sends (or drops) up to `batch` due messages. Rows are claimed FOR UPDATE SKIP LOCKED inside one
 * transaction, so several workers never send the same message; a sent or dropped row is deleted with that
 * transaction. Logs name the masked phone and the error class only: never the body, which holds a code.
 */
export async function deliverDueSms(deps: SmsDeliveryDeps, batch = 20): Promise<SmsDeliveryReport> {
  const report: SmsDeliveryReport = { sent: 0, dropped: 0, retrying: 0, failed: 0 };
  const now = deps.clock();
  await inTransaction(deps.pool, async (client) => {
    for (const row of await claimDueSms(client, now, batch)) report[await deliverOne(deps, client, row, now)] += 1;
  }, () => true);
  return report;
}

async function deliverOne(deps: SmsDeliveryDeps, client: PoolClient, row: DueSms, now: Date): Promise<keyof SmsDeliveryReport> {
  if (!row.deliver || row.body === null) {
    await smsOutcome.done(client, row.id);
    return 'dropped';
  }
  try {
    await deps.sms.send(row.phone, openPii(piiKeyring(), row.body));
  } catch (error) {
    const tries = row.attempts + 1;
    const why = error instanceof Error ? `${error.name}: ${error.message}` : 'error';
    (deps.log ?? serverLog).warn(`[sms] delivery to ${masked(row.phone)} failed (try ${tries} of ${SMS_MAX_ATTEMPTS}): ${why}`);
    if (tries >= SMS_MAX_ATTEMPTS) {
      await smsOutcome.giveUp(client, row.id, tries, now);
      return 'failed';
    }
    await smsOutcome.retryAt(client, row.id, tries, new Date(now.getTime() + smsRetryDelayMs(tries)));
    return 'retrying';
  }
  await smsOutcome.done(client, row.id);
  return 'sent';
}
