import type { AggregateSource, Loaded } from './aggregate-cache';
import type { AggregateKind, DomainEvent } from './aggregate-kind';

type AnySource = AggregateSource<unknown, DomainEvent>;

/**
 * Streams of several aggregate types in one decision (e.g. a payment and the wallet it credits), each
 * loaded through its own type's cache, so both are appended atomically with their expected versions.
 */
export class MixedAggregates<S, E extends DomainEvent> implements AggregateSource<S, E> {
  private readonly sources: Map<string, AnySource>;

  // Each source is only ever asked about its own streams, so its own S and E hold there.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(sources: ReadonlyArray<readonly [streamId: string, source: AggregateSource<any, any>]>) {
    this.sources = new Map(sources.map(([id, source]) => [id, source as unknown as AnySource]));
  }

  private sourceOf(streamId: string): AnySource {
    const source = this.sources.get(streamId);
    if (!source) throw new Error(`stream ${streamId} was not declared for this command`);
    return source;
  }

  kindOf(streamId: string): AggregateKind<S, E> {
    return this.sourceOf(streamId).kindOf(streamId) as unknown as AggregateKind<S, E>;
  }

  load(streamId: string): Promise<Loaded<S>> {
    return this.sourceOf(streamId).load(streamId) as Promise<Loaded<S>>;
  }

  peek(streamId: string): Loaded<S> | undefined {
    return this.sourceOf(streamId).peek(streamId) as Loaded<S> | undefined;
  }

  remember(streamId: string, loaded: Loaded<S>): void {
    this.sourceOf(streamId).remember(streamId, loaded);
  }
}
