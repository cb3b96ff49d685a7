import { evolveWallet, initialWalletState, type WalletEvent, type WalletState } from '@healthpay/domain';
import type { EventStore } from '@healthpay/db';

export interface Loaded {
  state: WalletState;
  version: number;
}

const MAX_ENTRIES = 50_000;

/**
 * Wallet states by id. `load` catches up from the event store (only events newer than the cached
 * version are read); `peek` trusts the entry, which is safe only because the append that follows
 * carries the expected version: another process's newer events make it conflict and retry.
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

  /** The cached state without asking the store: may be stale, so only for appends guarded by version. */
  peek(streamId: string): Loaded | undefined {
    return this.entries.get(streamId);
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
