import { describe, expect, it } from 'vitest';
import type { Pool } from '@healthpay/db';
import { pharmacyStatusBatch } from './pharmacy-status-batch';

/** A pool that answers the statuses query from a table and records what it was asked. */
const fakePool = (rows: Record<string, string>, fail = false) => {
  const asked: string[][] = [];
  const pool = {
    query: async (_sql: string, [ids]: [string[]]) => {
      asked.push(ids);
      if (fail) throw new Error('database gone');
      return { rows: ids.filter((id) => id in rows).map((id) => ({ id, status: rows[id] })) };
    },
  } as unknown as Pool;
  return { pool, asked };
};

describe('pharmacy status batch', () => {
  it('answers the lookups of one turn with one query, each with its own pharmacy (null: none)', async () => {
    const { pool, asked } = fakePool({ a: 'active', s: 'suspended' });
    const batch = pharmacyStatusBatch(pool);
    const answers = await Promise.all([batch.load('a'), batch.load('s'), batch.load('a'), batch.load('x')]);
    expect(answers).toEqual(['active', 'suspended', 'active', null]);
    expect(asked).toEqual([['a', 's', 'x']]);
  });

  it('sends a later lookup as a new query, never answering it from an earlier one', async () => {
    const rows: Record<string, string> = { a: 'active' };
    const { pool, asked } = fakePool(rows);
    const batch = pharmacyStatusBatch(pool);
    expect(await batch.load('a')).toBe('active');
    rows.a = 'suspended';
    expect(await batch.load('a')).toBe('suspended');
    expect(asked).toEqual([['a'], ['a']]);
  });

  it('fails every lookup of the turn when the query fails', async () => {
    const { pool } = fakePool({}, true);
    const batch = pharmacyStatusBatch(pool);
    const results = await Promise.allSettled([batch.load('a'), batch.load('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
