import { FEED_START, projectedPosition, reached, type FeedPosition, type Pool } from '@healthpay/db';
import { log } from '@healthpay/config/log';

interface Waiter {
  target: FeedPosition;
  resolve: (reached: boolean) => void;
  timer: NodeJS.Timeout;
}

/**
 * How far a projector's checkpoint has got, for every request of the process that waits on it: one poll of the
 * checkpoint row every `pollMs` while anyone waits (none otherwise), each answer resolving every waiter it
 * satisfies. The projector NOTIFYs only batches a page shows (`hp_projected`), so a poll sees every batch.
 */
export class ProjectionWatch {
  private known: FeedPosition = FEED_START;
  private readonly waiters = new Set<Waiter>();
  private polling = false;

  constructor(
    private readonly pool: Pool,
    private readonly checkpoint: string,
    private readonly pollMs = 10,
  ) {}

  /** True once the checkpoint has reached `target`; false after `timeoutMs` (or when the checkpoint cannot be read). */
  reached(target: FeedPosition, timeoutMs: number): Promise<boolean> {
    if (reached(this.known, target)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = { target, resolve, timer: setTimeout(() => this.settle(waiter, false), timeoutMs) };
      this.waiters.add(waiter);
      void this.poll();
    });
  }

  private settle(waiter: Waiter, ok: boolean): void {
    if (!this.waiters.delete(waiter)) return;
    clearTimeout(waiter.timer);
    waiter.resolve(ok);
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      while (this.waiters.size > 0) {
        this.known = await projectedPosition(this.pool, this.checkpoint);
        for (const w of this.waiters) if (reached(this.known, w.target)) this.settle(w, true);
        if (this.waiters.size > 0) await new Promise((resolve) => setTimeout(resolve, this.pollMs));
      }
    } catch (error) {
      // Reads go on without the guarantee rather than fail: the database error will show where it matters.
      log.warn(`[read-your-writes] checkpoint unreadable: ${error instanceof Error ? error.message : String(error)}`);
      for (const w of this.waiters) this.settle(w, false);
    } finally {
      this.polling = false;
    }
  }
}
