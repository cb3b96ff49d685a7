import { log } from '@healthpay/config/log';
import { deliverDueSms, type SmsDeliveryDeps } from './sms-delivery';
import { SMS_CHANNEL } from './sms-queue';

/** Retries come due without a notification: this often the queue is looked at anyway. */
export const SMS_POLL_MS = 2_000;
const BATCH = 20;

/**
 * The background SMS sender: wakes on each queued message (LISTEN) and every SMS_POLL_MS, and drains what is
 * due, one drain at a time in this process. Any number of processes may run one (rows are claimed with SKIP LOCKED).
 */
export async function startSmsWorker(deps: SmsDeliveryDeps): Promise<{ stop(): Promise<void> }> {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const drain = async () => {
    for (;;) {
      const r = await deliverDueSms(deps, BATCH);
      if (stopped || r.sent + r.dropped + r.retrying + r.failed < BATCH) return;
    }
  };
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((err: unknown) => log.error('[sms] delivery sweep failed', err))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          tick();
        }
      });
  };
  const listener = await deps.pool.connect();
  // A lost LISTEN connection must not end the process: the poll below still delivers, only later.
  listener.on('error', (err) => log.warn('[sms] queue listener lost; polling only', err));
  listener.on('notification', tick);
  await listener.query(`LISTEN ${SMS_CHANNEL}`);
  const timer = setInterval(tick, SMS_POLL_MS);
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      listener.removeListener('notification', tick);
      await listener.query(`UNLISTEN ${SMS_CHANNEL}`).catch(() => {});
      listener.release(true);
      await running;
    },
  };
}
