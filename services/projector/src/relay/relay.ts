import { feedPositionOf, readCheckpoint, readFeed, type Pool } from '@healthpay/db';
import { advanceCheckpoint } from '@healthpay/db/checkpoint';
import { toEventMessage, topicFor } from '@healthpay/db/pipeline';

export const RELAY_CHECKPOINT = 'outbox-relay';

export interface OutgoingMessage {
  topic: string;
  key: string;
  value: string;
}

/** Sends messages and resolves only once the broker has them durably (acks from all in-sync replicas). */
export interface Publisher {
  publish(messages: OutgoingMessage[]): Promise<void>;
}

/**
 * One relay step: the next committed events from the feed → the bus → checkpoint (compare-and-set).
 * At-least-once: a crash between publish and checkpoint republishes that batch, which consumers
 * ignore by version. Feed order keeps each aggregate's versions in order; the publisher must keep
 * per-key order too (one in-flight request, idempotent producer). Returns the events relayed.
 */
export async function relayOnce(pool: Pool, publisher: Publisher, prefix: string, batchSize = 500): Promise<number> {
  const from = await readCheckpoint(pool, RELAY_CHECKPOINT);
  const events = await readFeed(pool, from, batchSize);
  const last = events.at(-1);
  if (!last) return 0;
  await publisher.publish(events.map((e) => ({
    topic: topicFor(e.aggregateType, prefix),
    key: e.streamId,
    value: JSON.stringify(toEventMessage(e)),
  })));
  // Losing the race to another relay instance only means it published the same batch too.
  return (await advanceCheckpoint(pool, RELAY_CHECKPOINT, from, feedPositionOf(last))) ? events.length : 0;
}
