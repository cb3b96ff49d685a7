import type { Pool } from '../postgres/pool';

/**
 * `NOTIFY hp_events` (the projector's and the relay's wake-up) sent after the commands' commit, on its own, never
 * inside the transaction that writes events. Postgres serializes every transaction that NOTIFYs on one lock held
 * until its commit is flushed (async.c, PreCommit_Notify), so with the NOTIFY inside, two group commits in flight
 * could never share an fsync: the second waited for the first's flush, then flushed alone. Here the write
 * transactions take no such lock, and the notifying one has nothing to make durable (synchronous_commit off for
 * that transaction alone, so its commit never waits for a flush). At most one is in flight; pokes meanwhile send
 * exactly one more after it. A notification lost (a crash right after a commit, a failed send) costs a reader
 * its next poll (`followFeed`: every second).
 */
export class CommitNotifier {
  private sending = false;
  private again = false;

  constructor(private readonly pool: Pool) {}

  /** Events were committed: wake the readers (soon; never delays the caller). */
  poke(): void {
    if (this.sending) {
      this.again = true;
      return;
    }
    this.sending = true;
    void this.pool
      .query(NOTIFY)
      .catch(() => {})
      .finally(() => {
        this.sending = false;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
  }
}

/** One statement, one transaction: `set_config(…, true)` lasts until its commit. */
const NOTIFY = `SELECT set_config('synchronous_commit', 'off', true), pg_notify('hp_events', '')`;
