import { describe, expect, it } from 'vitest';
import type { Pool } from './pool';
import { mayBeOneCalls, turnBatched, turnBatchedArrays, type NumberedRow } from './turn-batch';

type Row = { key: string; n: number };
const ONE = { name: 'one', text: 'one' };
const MANY = { name: 'many', text: 'many' };

/** A pool answering `one` with `table[key]` and `many` with every call's rows numbered; `fail` keys fail `one`, and `many` if present. */
function fakePool(table: Record<string, number[]>, fail: string[] = [], manyError: unknown = undefined) {
  const sent: { name: string; values: unknown[] }[] = [];
  const pool = {
    query: async ({ name, values }: { name: string; values: unknown[] }) => {
      sent.push({ name, values });
      if (name === 'one') {
        const key = values[0] as string;
        if (fail.includes(key)) throw new Error(`bad row of ${key}`);
        return { rows: (table[key] ?? []).map((n) => ({ key, n })) };
      }
      const keys = values[0] as string[];
      if (manyError !== undefined) throw manyError;
      if (keys.some((k) => fail.includes(k))) throw new RangeError('bad row in the batch');
      // Rows come numbered for their call; put the calls' rows in reverse to show they are routed by number.
      return { rows: keys.flatMap((key, i) => (table[key] ?? []).map((n) => ({ _i: i + 1, key, n }))).reverse() };
    },
  };
  return { pool: pool as unknown as Pool, sent };
}

const read = () => turnBatched<Row>(ONE, MANY, (r: Row & NumberedRow) => ({ key: r.key, n: r.n }));

describe('turnBatched', () => {
  it('sends the calls of one turn as one statement, each answered with its own rows only (order kept)', async () => {
    const { pool, sent } = fakePool({ a: [1, 2], b: [3], c: [] });
    const get = read();
    const got = await Promise.all(['a', 'b', 'c', 'a', 'missing'].map((k) => get(pool, [k])));
    expect(sent).toEqual([{ name: 'many', values: [['a', 'b', 'c', 'a', 'missing']] }]);
    // Reversed by the fake pool, so in order again only if each call's rows were kept in the order they came for it.
    expect(got).toEqual([
      [{ key: 'a', n: 2 }, { key: 'a', n: 1 }], [{ key: 'b', n: 3 }], [], [{ key: 'a', n: 2 }, { key: 'a', n: 1 }], [],
    ]);
    expect(got[0]).not.toBe(got[3]);
    expect(got[0]![0]).not.toHaveProperty('_i');
  });

  it('passes each value position as one array, in call order', async () => {
    const { pool, sent } = fakePool({});
    const get = read();
    await Promise.all([get(pool, ['a', 1, true]), get(pool, ['b', null, false])]);
    expect(sent[0]!.values).toEqual([['a', 'b'], [1, null], [true, false]]);
  });

  it('runs a lone call as the single statement, and calls of later turns in their own batches', async () => {
    const { pool, sent } = fakePool({ a: [1], b: [2] });
    const get = read();
    expect(await get(pool, ['a'])).toEqual([{ key: 'a', n: 1 }]);
    expect(await Promise.all([get(pool, ['a']), get(pool, ['b'])])).toEqual([[{ key: 'a', n: 1 }], [{ key: 'b', n: 2 }]]);
    expect(sent.map((s) => s.name)).toEqual(['one', 'many']);
  });

  it('batches per pool: calls on two pools never share a statement', async () => {
    const first = fakePool({ a: [1] });
    const second = fakePool({ a: [9] });
    const get = read();
    const got = await Promise.all([get(first.pool, ['a']), get(second.pool, ['a']), get(first.pool, ['a'])]);
    expect(got).toEqual([[{ key: 'a', n: 1 }], [{ key: 'a', n: 9 }], [{ key: 'a', n: 1 }]]);
    expect(first.sent.map((s) => s.name)).toEqual(['many']);
    expect(second.sent.map((s) => s.name)).toEqual(['one']);
  });

  it('when the batch fails, runs every call alone: each gets its own answer or its own error', async () => {
    const { pool, sent } = fakePool({ a: [1], b: [2] }, ['bad']);
    const get = read();
    const got = await Promise.allSettled([get(pool, ['a']), get(pool, ['bad']), get(pool, ['b'])]);
    expect(got).toEqual([
      { status: 'fulfilled', value: [{ key: 'a', n: 1 }] },
      { status: 'rejected', reason: new Error('bad row of bad') },
      { status: 'fulfilled', value: [{ key: 'b', n: 2 }] },
    ]);
    expect(sent.map((s) => s.name)).toEqual(['many', 'one', 'one', 'one']);
  });

  it('when the batch fails on a value Postgres refuses (SQLSTATE class 22), runs every call alone', async () => {
    const refused = Object.assign(new Error('invalid input syntax for type uuid'), { code: '22P02' });
    const { pool, sent } = fakePool({ a: [1], b: [2] }, [], refused);
    const get = read();
    expect(await Promise.all([get(pool, ['a']), get(pool, ['b'])])).toEqual([[{ key: 'a', n: 1 }], [{ key: 'b', n: 2 }]]);
    expect(sent.map((s) => s.name)).toEqual(['many', 'one', 'one']);
  });

  it('when the batch fails on something shared (no connection, Postgres gone), every call fails with it and nothing is sent again', async () => {
    for (const shared of [
      new Error('timeout exceeded when trying to connect'),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ]) {
      const { pool, sent } = fakePool({ a: [1], b: [2] }, [], shared);
      const get = read();
      const got = await Promise.allSettled([get(pool, ['a']), get(pool, ['b']), get(pool, ['a'])]);
      expect(got).toEqual([0, 1, 2].map(() => ({ status: 'rejected', reason: shared })));
      expect(sent.map((s) => s.name)).toEqual(['many']);
    }
  });

  it('tells the errors one call may have brought from the shared ones', () => {
    expect(mayBeOneCalls(new RangeError('out of range'))).toBe(true);
    expect(mayBeOneCalls(new SyntaxError('Unexpected token'))).toBe(true);
    expect(mayBeOneCalls(Object.assign(new Error('numeric field overflow'), { code: '22003' }))).toBe(true);
    expect(mayBeOneCalls(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe(false);
    expect(mayBeOneCalls(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(false);
    expect(mayBeOneCalls(new Error('Connection terminated unexpectedly'))).toBe(false);
    expect(mayBeOneCalls(null)).toBe(false);
    expect(mayBeOneCalls('22P02')).toBe(false);
  });

  it('fails a lone call with the statement\'s own error', async () => {
    const { pool } = fakePool({}, ['bad']);
    await expect(read()(pool, ['bad'])).rejects.toThrow('bad row of bad');
  });
});

describe('turnBatchedArrays', () => {
  type ArrayRow = [key: string, n: number];
  /** Answers `one` with `[key, n]` rows and `many` with `[key, n, call]`, the calls' rows reversed; records what was sent. */
  function arrayPool(table: Record<string, number[]>) {
    const sent: { name: string; rowMode?: string; values: unknown[] }[] = [];
    const pool = {
      query: async ({ name, rowMode, values }: { name: string; rowMode?: string; values: unknown[] }) => {
        sent.push({ name, rowMode, values });
        if (name === 'one') return { rows: (table[values[0] as string] ?? []).map((n) => [values[0], n]) };
        const keys = values[0] as string[];
        return { rows: keys.flatMap((key, i) => (table[key] ?? []).map((n) => [key, n, i + 1])).reverse() };
      },
    };
    return { pool: pool as unknown as Pool, sent };
  }

  it('reads both statements as arrays and routes each row by its last column, the call\'s number', async () => {
    const { pool, sent } = arrayPool({ a: [1, 2], b: [3] });
    const get = turnBatchedArrays<ArrayRow>(ONE, MANY);
    const got = await Promise.all(['a', 'b', 'missing', 'a'].map((k) => get(pool, [k])));
    expect(sent).toEqual([{ name: 'many', rowMode: 'array', values: [['a', 'b', 'missing', 'a']] }]);
    // The row is given as the driver made it: the same positions as `one`'s, the call's number after them.
    expect(got).toEqual([[['a', 2, 1], ['a', 1, 1]], [['b', 3, 2]], [], [['a', 2, 4], ['a', 1, 4]]]);
    expect(await get(pool, ['b'])).toEqual([['b', 3]]);
    expect(sent[1]).toEqual({ name: 'one', rowMode: 'array', values: ['b'] });
  });

  it('leaves the statements of turnBatched read as objects', async () => {
    const { pool, sent } = arrayPool({});
    const get = read();
    await Promise.all([get(pool, ['a']), get(pool, ['b'])]);
    await get(pool, ['a']);
    expect(sent.map((s) => [s.name, s.rowMode])).toEqual([['many', undefined], ['one', undefined]]);
  });
});
