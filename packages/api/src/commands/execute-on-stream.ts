import type { CommandMeta } from '@healthpay/domain';
import type { Actor } from '../auth/actor';
import type { Context } from '../context';
import type { AggregateCache, Loaded } from './aggregate-cache';
import type { DomainEvent } from './aggregate-kind';
import { executeCommand } from './execute';

export interface StreamCommand<S, E extends DomainEvent, R> {
  operation: string;
  input: unknown;
  cache: AggregateCache<S, E>;
  stream: string;
  /** Pure decision over the stream's state (its initial state when it does not exist yet). */
  decide(state: S, meta: CommandMeta): E[];
  /** The response, from the stream after the events. */
  result(after: Loaded<S>, meta: CommandMeta): R;
  auditDetails?: () => Record<string, unknown>;
}

/** The common case of `executeCommand`: one stream of one aggregate type, decided for the caller of a procedure. */
export function executeOnStream<S, E extends DomainEvent, R>(ctx: Context & { actor: Actor }, c: StreamCommand<S, E, R>): Promise<R> {
  const initial = (): Loaded<S> => ({ state: c.cache.kind.initialState, version: 0 });
  return executeCommand(ctx.services, {
    operation: c.operation,
    input: c.input,
    actor: ctx.actor,
    idempotencyKey: ctx.idempotencyKey,
    request: ctx.request,
    aggregates: c.cache,
    streams: [c.stream],
    decide: (states, meta) => new Map([[c.stream, c.decide(states.get(c.stream) ?? initial().state, meta)]]),
    result: (after, meta) => c.result(after.get(c.stream) ?? initial(), meta),
    auditDetails: c.auditDetails,
  });
}
