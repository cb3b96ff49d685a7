import { newEventId } from '@healthpay/db';
import type { CommandMeta } from '@healthpay/domain';
import type { Actor } from '../auth/actor';
import type { AggregateCache } from '../commands/aggregate-cache';
import type { DomainEvent } from '../commands/aggregate-kind';
import type { RequestInfo } from '../identity/audit';
import type { Services } from '../services/services';

/** Streams per append: one transaction, one multi-row insert (write-batch.ts). */
const CHUNK = 500;

export interface NewStream<E> {
  streamId: string;
  events: E[];
}

export const commandMeta = (services: Pick<Services, 'clock'>, actor: Actor): CommandMeta => ({ now: services.clock().toISOString(), actorId: actor.userId });

/**
 * Appends brand-new streams (expected version 0) many at a time instead of one command each: the events were
 * decided by the same pure deciders, this only shares the transaction. A chunk that does not commit (one of its
 * streams appeared meanwhile) is returned whole, for the caller to redo one stream at a time through
 * executeCommand (which retries on fresh state).
 */
export async function appendNewStreams<S, E extends DomainEvent>(
  services: Services,
  cache: AggregateCache<S, E>,
  actor: Actor,
  operation: string,
  streams: NewStream<E>[],
  /** The request: its X-Request-Id goes in the events' metadata like executeCommand does; a portal's remembers the writes. */
  request?: RequestInfo,
): Promise<Set<string>> {
  const requestId = request?.requestId;
  const failed = new Set<string>();
  const { kind } = cache;
  for (let i = 0; i < streams.length; i += CHUNK) {
    const chunk = streams.slice(i, i + CHUNK).filter((s) => s.events.length > 0);
    if (chunk.length === 0) continue;
    const appends = chunk.map((s) => ({
      streamId: s.streamId,
      aggregateType: kind.type,
      expectedVersion: 0,
      events: s.events.map((e) => ({ eventId: newEventId(), type: e.type, data: e.data, metadata: { actorId: actor.userId, role: actor.role, operation, ...(requestId && { requestId }) } })),
    }));
    const outcome = await services.store.append({ streams: appends });
    if (outcome.status === 'committed') request?.recentWrites?.wrote(actor.userId, appends);
    for (const s of chunk) {
      if (outcome.status === 'committed') cache.remember(s.streamId, { state: s.events.reduce(kind.evolve, kind.initialState), version: s.events.length });
      else failed.add(s.streamId);
    }
  }
  return failed;
}

/** Which of these streams have events already (one query). */
export async function existingStreams(services: Services, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const res = await services.pool.query<{ id: string }>('SELECT DISTINCT aggregate_id AS id FROM events WHERE aggregate_id = ANY($1::text[])', [ids]);
  return new Set(res.rows.map((r) => r.id));
}
