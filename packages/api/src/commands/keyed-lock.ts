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
    const held: Hold[] = [];
    for (const key of sorted) {
      const hold = this.take(key);
      // A free key is held at once; only a key someone else holds is waited for.
      if (hold.previous) await hold.previous;
      held.push(hold);
    }
    try {
      return await fn();
    } finally {
      for (let i = held.length - 1; i >= 0; i--) this.release(held[i] as Hold);
    }
  }

  /** Queues behind the key's current holder (`previous`, absent when the key is free). */
  private take(key: string): Hold {
    const previous = this.tails.get(key);
    let resolve!: () => void;
    const current = new Promise<void>((r) => (resolve = r));
    const tail = previous ? previous.then(() => current) : current;
    this.tails.set(key, tail);
    return { key, previous, tail, resolve };
  }

  /** Lets the next holder in; the last one out forgets the key. */
  private release(hold: Hold): void {
    hold.resolve();
    if (this.tails.get(hold.key) === hold.tail) this.tails.delete(hold.key);
  }
}

/** One key taken: the hold is a plain record, not a `release` closure (created per request: no __name, tsx keepNames). */
interface Hold {
  key: string;
  previous?: Promise<void>;
  tail: Promise<void>;
  resolve: () => void;
}
