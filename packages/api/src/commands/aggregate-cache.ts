import { evolveWallet, initialWalletState, type WalletEvent, type WalletState } from '@healthpay/domain';
import type { EventStore } from '@healthpay/db';

export interface Loaded {
  state: WalletState;
  version: number;
}

const MAX_ENTRIES = 50_000;

/**
 * Wallet states by id, caught up from the event store on every load: only events newer than the
 * cached version are read, so a hot wallet costs one small query, and a stale entry is never used
 * (another process's append is either read here or makes our append conflict).
 */
export class AggregateCache {
  private readonly entries = new Map<string, Loaded>();

  constructor(private readonly store: EventStore) {}

  async load(streamId: string): Promise<Loaded> {
    const cached = this.entries.get(streamId) ?? { state: initialWalletState, version: 0 };
    const newer = await this.store.readStream(streamId, cached.version);
    const loaded = newer.reduce<Loaded>(
      (acc, e) => ({ state: evolveWallet(acc.state, { type: e.type, data: e.data } as WalletEvent), version: e.version }),
      cached,
    );
    this.remember(streamId, loaded);
    return loaded;
  }

  /** After a commit we know the new state without reading it back. */
  remember(streamId: string, loaded: Loaded): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, loaded);
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
