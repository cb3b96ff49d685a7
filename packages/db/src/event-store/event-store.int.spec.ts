import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../postgres/pool';
import { createMigratedTestDatabase, type TestDatabase } from '../testing/database';
import { untilEarlierTransactionsEnd } from '../testing/catch-up-committed';
import { EventStore } from './event-store';
import { FEED_START, readFeed } from './read-feed';
import type { AppendRequest, StreamAppend } from './types';

let db: TestDatabase;
let pool: Pool;
let store: EventStore;

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 10);
  store = new EventStore(pool, { maxBatch: 500, maxInFlight: 2 });
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const events = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ eventId: randomUUID(), type: 'Noted', data: { i }, metadata: { actorId: 'test' } }));
const stream = (streamId: string, expectedVersion: number, n = 1): StreamAppend => ({
  streamId, aggregateType: 'test', expectedVersion, events: events(n),
});
const one = (s: StreamAppend, idempotency?: AppendRequest['idempotency']) => store.append({ streams: [s], idempotency });

describe('append with expected version', () => {
  it('numbers events from the expected version and reads them back in order', async () => {
    const id = randomUUID();
    expect(await one(stream(id, 0, 2))).toEqual({ status: 'committed' });
    expect(await one(stream(id, 2, 1))).toEqual({ status: 'committed' });
    const read = await store.readStream(id);
    expect(read.map((e) => e.version)).toEqual([1, 2, 3]);
    expect((await store.readStream(id, 2)).map((e) => e.version)).toEqual([3]);
  });

  it('refuses a stale expected version and reports the actual one', async () => {
    const id = randomUUID();
    await one(stream(id, 0, 3));
    expect(await one(stream(id, 1, 2))).toEqual({ status: 'conflict', streamId: id, expectedVersion: 1, actualVersion: 3 });
    expect(await one(stream(id, 0))).toEqual({ status: 'conflict', streamId: id, expectedVersion: 0, actualVersion: 3 });
    expect(await store.readStream(id)).toHaveLength(3);
  });

  it('commits a multi-stream request all or nothing', async () => {
    const a = randomUUID();
    const b = randomUUID();
    await one(stream(b, 0, 1));
    const outcome = await store.append({ streams: [stream(a, 0, 2), stream(b, 0, 1)] });
    expect(outcome).toMatchObject({ status: 'conflict', streamId: b, actualVersion: 1 });
    expect(await store.readStream(a)).toEqual([]);
    expect(await store.append({ streams: [stream(a, 0, 2), stream(b, 1, 1)] })).toEqual({ status: 'committed' });
    expect(await store.readStream(a)).toHaveLength(2);
    expect(await store.readStream(b)).toHaveLength(2);
  });

  it('lets exactly one of many concurrent writers at the same version win', async () => {
    const id = randomUUID();
    await one(stream(id, 0));
    const other = new EventStore(pool, { maxBatch: 500, maxInFlight: 4 });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? store : other).append({ streams: [stream(id, 1, 2)] })),
    );
    expect(outcomes.filter((o) => o.status === 'committed')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'conflict')).toHaveLength(19);
    expect((await store.readStream(id)).map((e) => e.version)).toEqual([1, 2, 3]);
  });
});

describe('group commit', () => {
  it('commits concurrent appends on different streams in far fewer transactions than requests', async () => {
    const s = new EventStore(pool, { maxBatch: 500, maxInFlight: 2 });
    const outcomes = await Promise.all(Array.from({ length: 300 }, () => s.append({ streams: [stream(randomUUID(), 0, 2)] })));
    expect(outcomes.every((o) => o.status === 'committed')).toBe(true);
    expect(s.stats.requests).toBe(300);
    expect(s.stats.transactions).toBeLessThan(30);
  });

  it('keeps one failing request from failing the others in its batch', async () => {
    const s = new EventStore(pool, { maxBatch: 500, maxInFlight: 1 });
    const bad: AppendRequest = { streams: [{ ...stream(randomUUID(), 0), events: [{ eventId: 'not-a-uuid', type: 'X', data: {}, metadata: {} }] }] };
    const good = Array.from({ length: 5 }, () => s.append({ streams: [stream(randomUUID(), 0)] }));
    const results = await Promise.allSettled([s.append(bad), ...good]);
    expect(results[0]?.status).toBe('rejected');
    expect(results.slice(1).every((r) => r.status === 'fulfilled' && r.value.status === 'committed')).toBe(true);
  });

  it('sends the queued batch as soon as a commit is in, before the callers of that commit run', async () => {
    const s = new EventStore(pool, { maxBatch: 500, maxInFlight: 1 });
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    let late: Promise<unknown> | undefined;
    const first = s.append({ streams: [stream(a, 0)] }).then((o) => ((late = s.append({ streams: [stream(c, 0)] })), o));
    await new Promise((resolve) => setImmediate(resolve)); // the first batch is taken
    const queued = s.append({ streams: [stream(b, 0)] });
    expect(await Promise.all([first, queued])).toEqual([{ status: 'committed' }, { status: 'committed' }]);
    expect(await late).toEqual({ status: 'committed' });
    // b went out before a's caller appended c, so c could not join b's transaction.
    const tx = await pool.query<{ id: string; n: string }>(
      'SELECT aggregate_id AS id, transaction_id::text AS n FROM events WHERE aggregate_id = ANY($1)', [[a, b, c]]);
    expect(new Set(tx.rows.map((r) => r.n)).size).toBe(3);
    expect(s.stats.transactions).toBe(3);
  });
});

describe('idempotency records', () => {
  it('stores the first response with the events and refuses a second writer of the same key', async () => {
    const key = randomUUID();
    const rec = { scope: 'user-1', key, requestHash: 'h1', response: { ok: 1 } };
    expect(await one(stream(randomUUID(), 0), rec)).toEqual({ status: 'committed' });
    const loser = randomUUID();
    expect(await one(stream(loser, 0), { ...rec, response: { ok: 2 } })).toEqual({ status: 'idempotency-race' });
    expect(await store.readStream(loser)).toEqual([]);
    expect(await store.findIdempotency('user-1', key)).toEqual({ requestHash: 'h1', response: { ok: 1 } });
    expect(await store.findIdempotency('user-2', key)).toBeNull();
  });
});

describe('the global feed', () => {
  it('does not pass an event whose transaction is still open, so a late commit is never skipped', async () => {
    const fresh = await createMigratedTestDatabase();
    const p = createPool(fresh.connectionString, 4);
    try {
      const s = new EventStore(p);
      const slow = new pg.Client({ connectionString: fresh.connectionString });
      await slow.connect();
      await slow.query('BEGIN');
      // The slow transaction takes its xid and position first, then a fast one commits after it.
      await slow.query(`INSERT INTO events (event_id, aggregate_id, aggregate_type, event_type, version, event_data, metadata)
        VALUES ($1, 'slow', 'test', 'Noted', 1, '{}', '{}')`, [randomUUID()]);
      await s.append({ streams: [stream('fast', 0)] });
      expect(await readFeed(p, FEED_START, 100)).toEqual([]);
      await slow.query('COMMIT');
      await slow.end();
      // Other spec files' transactions hold the cluster-wide horizon too: wait for the ones begun before now.
      await untilEarlierTransactionsEnd(p);
      expect((await readFeed(p, FEED_START, 100)).map((e) => e.streamId)).toEqual(['slow', 'fast']);
    } finally {
      await p.end();
      await fresh.drop();
    }
  });
});
