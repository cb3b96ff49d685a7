import type { EventStore } from '@healthpay/db';
import type { AggregateKind, DomainEvent } from './aggregate-kind';

export interface Loaded<S> {
  state: S;
  version: number;
}

const MAX_ENTRIES = 50_000;

/** Where the command path gets states from: one aggregate type's cache, or several (see MixedAggregates). */
export interface AggregateSource<S, E extends DomainEvent> {
  /** How the stream folds and what type its events get. */
  kindOf(streamId: string): AggregateKind<S, E>;
  load(streamId: string): Promise<Loaded<S>>;
  peek(streamId: string): Loaded<S> | undefined;
  remember(streamId: string, loaded: Loaded<S>): void;
}

/**
 * States of one aggregate type by stream id. `load` catches up from the event store (only events newer
 * than the cached version are read); `peek` trusts the entry, which is safe only because the append that
 * follows carries the expected version: another process's newer events make it conflict and retry.
 */
export class AggregateCache<S, E extends DomainEvent> implements AggregateSource<S, E> {
  private readonly entries = new Map<string, Loaded<S>>();

  constructor(
    private readonly store: EventStore,
    readonly kind: AggregateKind<S, E>,
  ) {}

  kindOf(): AggregateKind<S, E> {
    return this.kind;
  }

  async load(streamId: string): Promise<Loaded<S>> {
    const cached = this.entries.get(streamId) ?? { state: this.kind.initialState, version: 0 };
    const newer = await this.store.readStream(streamId, cached.version);
    // Ids are validated per type (wallet UUIDs, HP- card numbers), so a foreign stream is a bug, not input.
    const foreign = newer.find((e) => e.aggregateType !== this.kind.type);
    if (foreign) throw new Error(`stream ${streamId} holds ${foreign.aggregateType} events, not ${this.kind.type}`);
    const loaded = newer.reduce<Loaded<S>>(
      (acc, e) => ({ state: this.kind.evolve(acc.state, { type: e.type, data: e.data } as E), version: e.version }),
      cached,
    );
    this.remember(streamId, loaded);
    return loaded;
  }

  /** The cached state without asking the store: may be stale, so only for appends guarded by version. */
  peek(streamId: string): Loaded<S> | undefined {
    return this.entries.get(streamId);
  }

  /** After a commit we know the new state without reading it back. */
  remember(streamId: string, loaded: Loaded<S>): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, loaded);
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
