import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../postgres/pool';
import { createMigratedTestDatabase, type TestDatabase } from '../testing/database';
import { appendAudit, listAudit } from './audit-log';

const entry = { actorId: 'u-admin', role: 'superadmin', action: 'wallet.debit', aggregateId: 'w-1', result: 'ok', ip: '10.0.0.1', userAgent: 'spec' };

describe('audit_log', () => {
  let db: TestDatabase;
  let pool: Pool;
  beforeAll(async () => {
    db = await createMigratedTestDatabase();
    pool = createPool(db.connectionString, 2);
    await appendAudit(pool, entry, new Date('2026-01-01T10:00:00Z'));
    await appendAudit(pool, { ...entry, actorId: 'u-other', action: 'medcard.get', aggregateId: 'HP-1', result: 'CARD_NOT_FOUND' }, new Date('2026-01-02T10:00:00Z'));
    await appendAudit(pool, { ...entry, aggregateId: 'w-2' }, new Date('2026-01-03T10:00:00Z'));
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  it('refuses UPDATE, DELETE and TRUNCATE (append-only, enforced by a trigger)', async () => {
    await expect(pool.query(`UPDATE audit_log SET result = 'ok'`)).rejects.toThrow(/append-only/);
    await expect(pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(pool.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect(await listAudit(pool, { limit: 10 })).toHaveLength(3);
  });

  it('filters by actor, action, aggregate and date range, newest first', async () => {
    expect((await listAudit(pool, { actorId: 'u-admin', limit: 10 })).map((r) => r.aggregateId)).toEqual(['w-2', 'w-1']);
    expect((await listAudit(pool, { action: 'medcard.get', limit: 10 })).map((r) => r.result)).toEqual(['CARD_NOT_FOUND']);
    expect(await listAudit(pool, { aggregateId: 'w-1', limit: 10 })).toHaveLength(1);
    const range = await listAudit(pool, { from: new Date('2026-01-02T00:00:00Z'), to: new Date('2026-01-03T00:00:00Z'), limit: 10 });
    expect(range.map((r) => r.action)).toEqual(['medcard.get']);
    const [first] = await listAudit(pool, { limit: 1 });
    const next = await listAudit(pool, { before: first, limit: 10 });
    expect(next.map((r) => r.aggregateId)).toEqual(['HP-1', 'w-1']);
  });

  describe('a log whose rows were not written in time order', () => {
    // Another actor's rows: two at the same instant, and a late-written row that happened first.
    const late = { ...entry, actorId: 'u-late' };
    beforeAll(async () => {
      const at = (s: number) => new Date(Date.UTC(2026, 0, 4, 10, 0, s));
      for (const [agg, s] of [['a', 2], ['b', 5], ['c', 5], ['d', 1], ['e', 7], ['f', 5]] as const) await appendAudit(pool, { ...late, aggregateId: agg }, at(s));
    });

    it('lists newest first by time, ties newest id first, and pages through ties without a gap or a repeat', async () => {
      const all = await listAudit(pool, { actorId: 'u-late', limit: 10 });
      expect(all.map((r) => r.aggregateId)).toEqual(['e', 'f', 'c', 'b', 'a', 'd']);
      const seen: string[] = [];
      let page = await listAudit(pool, { actorId: 'u-late', limit: 2 });
      while (page.length > 0) {
        seen.push(...page.map((r) => r.aggregateId ?? ''));
        const last = page.at(-1);
        page = last ? await listAudit(pool, { actorId: 'u-late', before: { at: last.at, id: last.id }, limit: 2 }) : [];
      }
      expect(seen).toEqual(['e', 'f', 'c', 'b', 'a', 'd']);
    });
  });
});
