/**
 * In-process queue per key. Commands on the same wallet in one process run one after another, so
 * they never race each other into version conflicts; other processes are still kept honest by the
 * event store's expected-version check.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `fn` holding every key (taken in sorted order, so two multi-key callers cannot deadlock). */
  async with<T>(keys: string[], fn: () => Promise<T>): Promise<T> {
    const sorted = keys.length === 1 ? keys : [...new Set(keys)].sort();
    const releases: (() => void)[] = [];
    for (const key of sorted) {
      const taken = this.take(key);
      // A free key is held at once; only a key someone else holds is waited for.
      if (taken.previous) await taken.previous;
      releases.push(taken.release);
    }
    try {
      return await fn();
    } finally {
      for (let i = releases.length - 1; i >= 0; i--) releases[i]?.();
    }
  }

  /** Queues behind the key's current holder (`previous`, absent when the key is free). */
  private take(key: string): { previous?: Promise<void>; release: () => void } {
    const previous = this.tails.get(key);
    let release!: () => void;
    const current = new Promise<void>((resolve) => (release = resolve));
    const tail = previous ? previous.then(() => current) : current;
    this.tails.set(key, tail);
    return {
      previous,
      release: () => {
        release();
        if (this.tails.get(key) === tail) this.tails.delete(key);
      },
    };
  }
}
