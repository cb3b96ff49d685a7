import { createServices, reconcilePending } from '@healthpay/api';
import { log } from '@healthpay/config/log';

/** How often payments still open after a few minutes are checked with their provider. */
export const RECONCILE_EVERY_MS = 60_000;

/**
 * Runs the pending-payment reconciliation beside the projector: a lost callback is settled by asking the
 * provider, and payments past their expiry are expired. One sweep at a time.
 */
export function startPaymentReconciler(databaseUrl: string): { stop(): Promise<void> } {
  const services = createServices(databaseUrl);
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = reconcilePending(services)
      .then((s) => {
        if (s.settled + s.expired > 0) log.info(`[payments] reconciled: ${s.settled} settled, ${s.expired} expired of ${s.checked}`);
      })
      .catch((err: unknown) => log.error('[payments] reconciliation failed', err))
      .finally(() => (running = null));
  };
  const timer = setInterval(tick, RECONCILE_EVERY_MS);
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await services.pool.end();
    },
  };
}
