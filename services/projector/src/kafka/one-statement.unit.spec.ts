import type { PoolClient } from '@healthpay/db';
import { describe, expect, it } from 'vitest';
import { OneStatement } from './one-statement';

const sentBy = () => {
  const sent: { name?: string; text: string; values: unknown[] }[] = [];
  const tx = { query: async (q: { name?: string; text: string; values: unknown[] }) => (sent.push(q), { rows: [] }) } as unknown as PoolClient;
  return { tx, sent };
};
const debit = { streamId: 'w1', aggregateType: 'wallet', type: 'WalletDebited', data: {} };

describe('OneStatement', () => {
  it('sends the recorded writes as CTEs of one statement, their parameters numbered on, the NOTIFY as the statement', async () => {
    const one = new OneStatement();
    await one.client.query({ text: 'INSERT INTO a SELECT * FROM unnest($1::text[], $2::int[])', values: [['x'], [1]] });
    await one.client.query('INSERT INTO b VALUES ($1) ON CONFLICT DO NOTHING', ['y']);
    const { tx, sent } = sentBy();

    await one.send(tx, [debit]);

    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toBe(
      'WITH w0 AS (INSERT INTO a SELECT * FROM unnest($1::text[], $2::int[])),\nw1 AS (INSERT INTO b VALUES ($3) ON CONFLICT DO NOTHING)\nSELECT pg_notify($4, $5)',
    );
    expect(sent[0]?.values).toEqual([['x'], [1], 'y', 'hp_projected', 'wallet:w1']);
  });

  it('names a statement by its text, the same name for the same combination', async () => {
    const names: (string | undefined)[] = [];
    for (const table of ['a', 'b', 'a']) {
      const one = new OneStatement();
      await one.client.query(`INSERT INTO ${table} VALUES ($1)`, [1]);
      const { tx, sent } = sentBy();
      await one.send(tx, []);
      names.push(sent[0]?.name);
      expect(sent[0]?.text).toBe(`WITH w0 AS (INSERT INTO ${table} VALUES ($1))\nSELECT 1`);
    }
    expect(names[0]).toBe(names[2]);
    expect(names[1]).not.toBe(names[0]);
  });

  it('sends nothing when there is no write and nothing to notify', async () => {
    const { tx, sent } = sentBy();
    await new OneStatement().send(tx, []);
    expect(sent).toEqual([]);
  });
});
