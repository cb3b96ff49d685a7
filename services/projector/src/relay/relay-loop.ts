import { feedPositionOf, readCheckpoint, readFeed, type FeedPosition, type Pool, type StoredEvent } from '@healthpay/db';
import { advanceCheckpoint } from '@healthpay/db/checkpoint';
import { toEventMessage, topicFor } from '@healthpay/db/pipeline';
import type { StageTimes } from '../stage-times';
import { RELAY_CHECKPOINT, type Publisher } from './relay';

export interface RelayOptions {
  /** Events per Kafka request at most. */
  batchSize?: number;
  /** A read smaller than `lingerBelow` waits this long once and reads again, so one request carries more. */
  lingerMs?: number;
  lingerBelow?: number;
  /** Where the relay's share of the lag goes, per event (ms): `read` (commit → read), `linger`, `produce`, `checkpoint`. */
  stages?: StageTimes;
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
    const readAt = Date.now();
    const firstRead = events.length;
    if (o.lingerMs && events.length < (o.lingerBelow ?? 0)) {
      await sleep(o.lingerMs);
      // Only what committed meanwhile: the same events a read from `start` would give (every transaction the first
      // read could not see yet has a transaction id above its last event's), without reading the first ones again.
      events = events.concat(await readFeed(pool, feedPositionOf(events.at(-1) as StoredEvent), size - events.length));
    }
    const last = events.at(-1);
    if (!last) return 0;
    const sendAt = Date.now();
    await publisher.publish(events.map((e) => ({ topic: topicFor(e.aggregateType, prefix), key: e.streamId, value: JSON.stringify(toEventMessage(e)) })));
    const ackAt = Date.now();
    const to = feedPositionOf(last);
    const moved = await advanceCheckpoint(pool, RELAY_CHECKPOINT, start, to);
    if (o.stages) recordStages(o.stages, events, firstRead, { readAt, sendAt, ackAt });
    if (moved) {
      from = to;
      return events.length;
    }
    // Another relay instance moved the checkpoint (it published this batch too): continue from where it is.
    from = null;
    return 0;
  };
}

/** The events of the first read lingered; those of the second were read when it was sent. */
function recordStages(stages: StageTimes, events: readonly StoredEvent[], firstRead: number, at: { readAt: number; sendAt: number; ackAt: number }): void {
  const doneAt = Date.now();
  events.forEach((e, i) => {
    stages.record('read', (i < firstRead ? at.readAt : at.sendAt) - e.timestamp.getTime());
    if (i < firstRead) stages.record('linger', at.sendAt - at.readAt);
    stages.record('produce', at.ackAt - at.sendAt);
    stages.record('checkpoint', doneAt - at.ackAt);
  });
}
