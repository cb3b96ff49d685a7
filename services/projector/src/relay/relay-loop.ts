import { feedPositionOf, readCheckpoint, readFeed, type FeedPosition, type Pool, type StoredEvent } from '@healthpay/db';
import { advanceCheckpoint } from '@healthpay/db/checkpoint';
import { toEventMessage, topicFor } from '@healthpay/db/pipeline';
import { RELAY_CHECKPOINT, type Publisher } from './relay';

export interface RelayOptions {
  /** Events per Kafka request at most. */
  batchSize?: number;
  /** A read smaller than `lingerBelow` waits this long once and reads again, so one request carries more. */
  lingerMs?: number;
  lingerBelow?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The relay process's step (what `relayOnce` does, with fewer round trips): the checkpoint is read once and then
 * kept in memory — the compare-and-set still guards every move, and losing it to another relay instance reads
 * it again — and a small batch lingers a few milliseconds to gather the commits right behind it. At least once
 * and in feed order, exactly like `relayOnce`. Returns the step for `followFeed`.
 */
export function relayStep(pool: Pool, publisher: Publisher, prefix: string, o: RelayOptions = {}): () => Promise<number> {
  const size = o.batchSize ?? 1000;
  let from: FeedPosition | null = null;
  return async () => {
    const start = from ?? (from = await readCheckpoint(pool, RELAY_CHECKPOINT));
    let events = await readFeed(pool, start, size);
    if (events.length === 0) return 0;
    if (o.lingerMs && events.length < (o.lingerBelow ?? 0)) {
      await sleep(o.lingerMs);
      // Only what committed meanwhile: the same events a read from `start` would give (every transaction the first
      // read could not see yet has a transaction id above its last event's), without reading the first ones again.
      events = events.concat(await readFeed(pool, feedPositionOf(events.at(-1) as StoredEvent), size - events.length));
    }
    const last = events.at(-1);
    if (!last) return 0;
    await publisher.publish(events.map((e) => ({ topic: topicFor(e.aggregateType, prefix), key: e.streamId, value: JSON.stringify(toEventMessage(e)) })));
    const to = feedPositionOf(last);
    if (await advanceCheckpoint(pool, RELAY_CHECKPOINT, start, to)) {
      from = to;
      return events.length;
    }
    // Another relay instance moved the checkpoint (it published this batch too): continue from where it is.
    from = null;
    return 0;
  };
}
