import { newEventId, type EventStore, type Pool } from '@healthpay/db';
import { documentDecider, isDomainError, UNATTACHED_DOCUMENT_TTL_MS, type DocumentEvent } from '@healthpay/domain';
import type { DocumentStorage } from './storage/storage-port';

const ACTOR = 'system:document-prune';

/**
 * Discards uploads never attached to a claim within a day (DocumentDiscarded), then deletes their bytes. A
 * document attached meanwhile, or a clash with a concurrent filing, is left alone (the decision refuses it or the
 * append conflicts); deleting bytes twice is harmless, so a crash between the two steps is retried next sweep.
 */
export async function pruneUnattachedDocuments(deps: { pool: Pool; store: EventStore; documents: DocumentStorage }, now: Date, limit = 200): Promise<number> {
  const due = await deps.pool.query<{ id: string }>(
    `SELECT aggregate_id AS id FROM events WHERE aggregate_type = 'document'
     GROUP BY aggregate_id HAVING bool_and(event_type = 'DocumentUploaded') AND max(timestamp) <= $1 LIMIT $2`,
    [new Date(now.getTime() - UNATTACHED_DOCUMENT_TTL_MS), limit],
  );
  let pruned = 0;
  for (const { id } of due.rows) {
    const stream = await deps.store.readStream(id);
    const state = stream.reduce((s, e) => documentDecider.evolve(s, { type: e.type, data: e.data } as DocumentEvent), documentDecider.initialState);
    let events: DocumentEvent[];
    try {
      events = documentDecider.decide({ type: 'DiscardDocument', data: { documentId: id }, meta: { now: now.toISOString(), actorId: ACTOR } }, state);
    } catch (error) {
      if (isDomainError(error)) continue;
      throw error;
    }
    const outcome = await deps.store.append({
      streams: [{
        streamId: id, aggregateType: 'document', expectedVersion: stream.length,
        events: events.map((e) => ({ eventId: newEventId(), type: e.type, data: e.data, metadata: { actorId: ACTOR, operation: 'documents.prune' } })),
      }],
    });
    if (outcome.status !== 'committed' || state.status === 'none') continue;
    await deps.documents.delete(state.document.storageKey);
    pruned++;
  }
  return pruned;
}
