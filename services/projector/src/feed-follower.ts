import pg from 'pg';

export interface FeedFollower {
  stop(): Promise<void>;
  /** Runs the step until it reports nothing left; resolves with the total it handled. */
  drain(): Promise<number>;
}

const POLL_MS = 1000;

/**
 * Runs `step` whenever the event store may have something new: on every NOTIFY hp_events (sent by
 * each append), and on a slow poll in case a notification or the listening connection is lost.
 * Never two steps at once; a wake-up during a step schedules exactly one more.
 */
export async function followFeed(
  connectionString: string,
  name: string,
  step: () => Promise<number>,
  log: Pick<Console, 'error'> = console,
): Promise<FeedFollower> {
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;

  const untilIdle = async (): Promise<number> => {
    let total = 0;
    for (let n = await step(); n > 0; n = await step()) total += n;
    return total;
  };
  const tick = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = untilIdle()
      .catch((error: unknown) => {
        log.error(`[${name}] step failed; will retry`, error);
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
  listener.on('error', (e) => log.error(`[${name}] listen connection lost`, e.message));
  listener.on('notification', () => void tick());
  await listener.connect();
  await listener.query('LISTEN hp_events');
  const timer = setInterval(() => void tick(), POLL_MS);
  void tick();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      await listener.end().catch(() => {});
    },
    async drain() {
      if (running) await running;
      return untilIdle();
    },
  };
}
