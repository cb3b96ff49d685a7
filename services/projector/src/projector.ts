import { catchUp, walletReadModels, type Pool } from '@healthpay/db';
import pg from 'pg';

export const READ_MODELS_CHECKPOINT = 'postgres-read-models';
const POLL_MS = 1000;

export interface RunningProjector {
  stop(): Promise<void>;
  /** Resolves once everything committed before the call is projected. */
  drain(): Promise<number>;
}

/**
 * Embedded mode: follows the event feed in Postgres. Appends NOTIFY `hp_events`, which wakes it at
 * once; the poll is only a safety net for a lost notification or a dropped listen connection.
 */
export async function startProjector(pool: Pool, connectionString: string, log = console): Promise<RunningProjector> {
  const project = () => catchUp(pool, { name: READ_MODELS_CHECKPOINT, projections: walletReadModels });
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;

  const tick = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = project()
      .catch((error: unknown) => {
        log.error('[projector] batch failed; will retry', error);
        return 0;
      })
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          void tick();
        }
      });
    return running;
  };

  const listener = new pg.Client({ connectionString });
  listener.on('error', (e) => log.error('[projector] listen connection lost', e.message));
  listener.on('notification', () => void tick());
  await listener.connect();
  await listener.query('LISTEN hp_events');
  const timer = setInterval(() => void tick(), POLL_MS);
  await tick();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      await listener.end().catch(() => {});
    },
    async drain() {
      let total = 0;
      for (;;) {
        if (running) await running;
        const n = await project();
        total += n;
        if (n === 0) return total;
      }
    },
  };
}
