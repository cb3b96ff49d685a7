import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../postgres/pool';
import { createMigratedTestDatabase, type TestDatabase } from '../testing/database';
import { EventStore } from './event-store';
import type { AppendRequest, AuditRecord } from './types';

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

const record = (aggregateId: string, note: string): AuditRecord => ({
  actorId: 'u-test', role: 'superadmin', action: 'test.note', aggregateId, result: 'ok', ip: '192.0.2.1', userAgent: 'spec',
  details: { note }, at: new Date('2026-12-06T10:00:00Z'),
});
const append = (streamId: string, expectedVersion: number, note: string): AppendRequest => ({
  streams: [{ streamId, aggregateType: 'test', expectedVersion, events: [{ eventId: randomUUID(), type: 'Noted', data: {}, metadata: {} }] }],
  audit: record(streamId, note),
});
const auditRows = async (aggregateId: string) =>
  (await pool.query<{ note: string; at: Date; ip: string }>(
    `SELECT details->>'note' AS note, at, ip FROM audit_log WHERE aggregate_id = $1 ORDER BY id`, [aggregateId])).rows;

describe('a command\'s audit record is written in the transaction of its events', () => {
  it('stores the record of a committed append, with the caller\'s time', async () => {
    const id = randomUUID();
    expect(await store.append(append(id, 0, 'first'))).toEqual({ status: 'committed' });
    expect(await auditRows(id)).toEqual([{ note: 'first', at: new Date('2026-12-06T10:00:00Z'), ip: '192.0.2.1' }]);
  });

  it('stores nothing for an append that lost its race, so no record claims a command that did not happen', async () => {
    const id = randomUUID();
    await store.append(append(id, 0, 'winner'));
    const lost = await store.append(append(id, 0, 'loser'));
    expect(lost).toMatchObject({ status: 'conflict', actualVersion: 1 });
    expect((await auditRows(id)).map((r) => r.note)).toEqual(['winner']);
  });

  it('stores awkward text exactly: quotes, backslashes, braces, commas, the JSON separator, NULL-looking and Arabic text', async () => {
    const id = randomUUID();
    const awkward = `"q" \\b {x,y} \u001e NULL عربي`;
    const data = { awkward, nested: [awkward, { awkward }], n: 1 };
    const request: AppendRequest = {
      streams: [{ streamId: id, aggregateType: 'test', expectedVersion: 0, events: [{ eventId: randomUUID(), type: 'Noted', data, metadata: { awkward } }] }],
      audit: { ...record(id, awkward), userAgent: awkward, ip: null, at: undefined },
    };
    expect(await store.append(request)).toEqual({ status: 'committed' });
    const event = await pool.query(`SELECT event_data, metadata FROM events WHERE aggregate_id = $1`, [id]);
    expect(event.rows).toEqual([{ event_data: data, metadata: { awkward } }]);
    const audit = await pool.query(`SELECT details, user_agent, ip, at IS NOT NULL AS dated FROM audit_log WHERE aggregate_id = $1`, [id]);
    expect(audit.rows).toEqual([{ details: { note: awkward }, user_agent: awkward, ip: null, dated: true }]);
  });

  it('many concurrent appends in shared transactions: exactly one record per committed command', async () => {
    const ids = Array.from({ length: 40 }, () => randomUUID());
    // Each stream twice at version 0: one of each pair commits, the other conflicts.
    const outcomes = await Promise.all([...ids, ...ids].map((id, i) => store.append(append(id, 0, `n${i}`))));
    expect(outcomes.filter((o) => o.status === 'committed')).toHaveLength(40);
    const res = await pool.query<{ aggregate_id: string; n: number }>(
      `SELECT aggregate_id, count(*)::int AS n FROM audit_log WHERE aggregate_id = ANY($1) GROUP BY aggregate_id`, [ids]);
    expect(res.rows.map((r) => r.n)).toEqual(ids.map(() => 1));
  });
});
