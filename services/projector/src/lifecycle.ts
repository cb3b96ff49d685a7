import { env } from '@healthpay/config';
import { shutdownOnSignals, startProbeServer } from '@healthpay/config/lifecycle';
import { log } from '@healthpay/config/log';
import type { Pool } from '@healthpay/db';

/**
 * Probes and graceful stop of a worker process (projector, relay). Probes on HP_HEALTH_PORT: liveness, and
 * readiness = Postgres answers and not draining. SIGTERM: readiness 503 at once, then `steps` in order (stop
 * taking work, let the batch in flight finish and commit, close clients), the probe server and the pool last;
 * exit within HP_SHUTDOWN_TIMEOUT_MS.
 */
export async function workerLifecycle(name: string, pool: Pool, steps: [string, () => Promise<unknown>][]): Promise<void> {
  const e = env();
  const probes = e.HP_HEALTH_PORT
    ? await startProbeServer({ port: e.HP_HEALTH_PORT, host: e.HP_HEALTH_HOST, ready: () => pool.query('SELECT 1').then(() => true) })
    : undefined;
  shutdownOnSignals({
    deadlineMs: e.HP_SHUTDOWN_TIMEOUT_MS,
    log: (line) => log.info(`[${name}] ${line}`),
    steps: [
      ...steps,
      ['postgres', () => pool.end()],
      ['probes', () => new Promise<void>((resolve) => (probes ? probes.close(() => resolve()) : resolve()))],
    ],
  });
}
