import { apiHarness, type Harness } from '@healthpay/api/testing';
import { untilEarlierTransactionsEnd } from '@healthpay/db/testing';
import { FEED_SQL, FEED_START, readFeed } from '@healthpay/db';
import { eventMessage, fromEventMessage } from '@healthpay/db/pipeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
