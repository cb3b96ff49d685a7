/**
 * A replay's writes to one set of tables, one after another, behind the fold. A write starts once the previous one
 * settled; a failure, or `false` (another projector moved the checkpoint), stays the lane's outcome and no later
 * write runs.
 */
export class WriteLane {
  private last: Promise<boolean> = Promise.resolve(true);
  private running = 0;

  /** Writes queued or running. */
  get queued(): number {
    return this.running;
  }

  /** Settles when every write so far did: true, false, or the first failure. */
  get outcome(): Promise<boolean> {
    return this.last;
  }

  /** Queues a write. */
  run(write: () => Promise<boolean>): void {
    this.running++;
    this.last = this.last.then((ok) => (ok ? write() : false)).finally(() => {
      this.running--;
    });
    // Awaited through `outcome`; until then a failure must not count as unhandled.
    this.last.catch(() => {});
  }

  /** Forgets the outcome (after a restart): the lane must be settled. */
  reset(): void {
    this.last = Promise.resolve(true);
  }
}
