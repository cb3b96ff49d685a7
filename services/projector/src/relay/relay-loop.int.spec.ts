import { apiHarness, type Harness } from '@healthpay/api/testing';
import { untilEarlierTransactionsEnd } from '@healthpay/db/testing';
import { FEED_SQL, FEED_START, feedPositionOf, readCheckpoint, readFeed, type StoredEvent } from '@healthpay/db';
import { eventMessage, fromEventMessage } from '@healthpay/db/pipeline';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RELAY_CHECKPOINT } from './relay';
import { relayStep } from './relay-loop';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
});
afterAll(() => h.close());

describe('the feed the relay and the rebuild read', () => {
  it('plans an index scan, not a scan and sort of the whole table', async () => {
    const tx = await h.services.pool.connect();
    try {
      // A small table would be scanned anyway; the planner must be able to use the index when it matters.
      await tx.query('SET enable_seqscan = off');
      const plan = (await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${FEED_SQL}`, ['0', 0, 10])
      ).rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toContain('events_transaction_id_position_idx');
      expect(plan).not.toContain('Sort');
    } finally {
      tx.release();
    }
  });

  it('the relay step publishes the whole feed once, in feed order, moving its checkpoint by compare-and-set', async () => {
    const pool = h.services.pool;
    const published: { key: string; value: string }[] = [];
    const step = relayStep(pool, { publish: async (m) => void published.push(...m) }, 'spec', { batchSize: 7, lingerMs: 1, lingerBelow: 3 });
    // The relay stops at the oldest transaction open anywhere in the cluster (another spec file's too).
    await untilEarlierTransactionsEnd(pool);
    while ((await step()) > 0);
    const feed = await readFeed(pool, FEED_START, 100_000);
    expect(published.map((m) => m.key)).toEqual(feed.map((e) => e.streamId));
    // Each message reads back (validated, PII opened) as the feed's own event, national IDs included.
    expect(published.map((m) => fromEventMessage(eventMessage.parse(JSON.parse(m.value))))).toEqual(feed);
    expect(feed.some((e) => JSON.stringify(e.data).includes('"nationalId"'))).toBe(true);
  });
});

describe('the relay step\'s round trips', () => {
  const restart = () => h.services.pool.query('UPDATE projector_checkpoints SET transaction_id = 0, position = 0 WHERE name = $1', [RELAY_CHECKPOINT]);

  it('while busy writes its checkpoint at most every checkpointEveryMs, never past what was published; flush writes the rest', async () => {
    const pool = h.services.pool;
    await readCheckpoint(pool, RELAY_CHECKPOINT);
    await restart();
    const published: string[] = [];
    const step = relayStep(pool, { publish: async (m) => void published.push(...m.map((x) => x.key)) }, 'spec', { batchSize: 7, checkpointEveryMs: 3_600_000 });
    await untilEarlierTransactionsEnd(pool);
    while ((await step()) > 0);
    const feed = await readFeed(pool, FEED_START, 100_000);
    expect(published).toEqual(feed.map((e) => e.streamId));
    // Every batch is on the bus; the checkpoint has not moved yet (a crash now would publish them again).
    expect(await readCheckpoint(pool, RELAY_CHECKPOINT)).toEqual(FEED_START);
    await step.flush();
    expect(await readCheckpoint(pool, RELAY_CHECKPOINT)).toEqual(feedPositionOf(feed.at(-1) as StoredEvent));
    // A relay started afterwards finds nothing left to publish.
    expect(await relayStep(pool, { publish: async () => {} }, 'spec')()).toBe(0);
  });

  it('a step after a small read lingers first and reads the feed once', async () => {
    const pool = h.services.pool;
    await restart();
    const reads = vi.spyOn(pool, 'query');
    try {
      const step = relayStep(pool, { publish: async () => {} }, 'spec', { batchSize: 100_000, lingerMs: 1, lingerBelow: 100_000 });
      await untilEarlierTransactionsEnd(pool);
      let steps = 1;
      while ((await step()) > 0) steps++;
      expect(reads.mock.calls.filter(([text]) => text === FEED_SQL)).toHaveLength(steps);
    } finally {
      reads.mockRestore();
    }
  });
});
