import type { StoredEvent } from '@healthpay/db';

/**
 * Partitions are consumed side by side; instead of one Postgres transaction (and one fsync) per partition batch,
 * the batches that arrive while a transaction runs go together in the next one. Partitions hold disjoint
 * aggregates, so joining their events changes nothing for the projections. Each caller resolves only once the
 * transaction holding its events committed (or rejects with its error), so offsets still move after the write.
 */
export function groupApplier(apply: (events: StoredEvent[]) => Promise<number>): (events: StoredEvent[]) => Promise<number> {
  let waiting: { events: StoredEvent[]; done: (filled: number) => void; fail: (e: unknown) => void }[] = [];
  let running = false;
  const drain = async () => {
    running = true;
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      try {
        const filled = await apply(group.flatMap((g) => g.events));
        group.forEach((g, i) => g.done(i === 0 ? filled : 0));
      } catch (error) {
        for (const g of group) g.fail(error);
      }
    }
    running = false;
  };
  return (events) => new Promise<number>((done, fail) => {
    waiting.push({ events, done, fail });
    if (!running) void drain();
  });
}
