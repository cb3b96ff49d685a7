import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '../../event-store/event-store';
import { createPool, type Pool } from '../../postgres/pool';
import { catchUpCommitted } from '../../testing/catch-up-committed';
import { createMigratedTestDatabase, type TestDatabase } from '../../testing/database';
import { readModels } from '../all';
import { accountStatement, decodeStatementCursor } from './account-statement';
import { ledgerReadModelTables } from './index';
import { op } from './testing/op';
import { play, WALLETS } from './testing/play';
import { accountsOfKind, trialBalance } from './trial-balance';

let db: TestDatabase;
let pool: Pool;
const world = play(fc.sample(fc.array(op, { minLength: 250, maxLength: 250 }), { numRuns: 1, seed: 11 })[0]!);

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 4);
  const store = new EventStore(pool);
  // Real UUIDs for the store; one append per event, at the version the world gave it.
  for (const e of world.feed) {
    const outcome = await store.append({ streams: [{ streamId: e.streamId, aggregateType: e.aggregateType, expectedVersion: e.version - 1, events: [{ eventId: randomUUID(), type: e.type, data: e.data, metadata: e.metadata }] }] });
    expect(outcome).toEqual({ status: 'committed' });
  }
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const ledger = async () => (await pool.query('SELECT account, debit, credit, event_type, stream_id, version, leg, day FROM ledger_entries ORDER BY stream_id, version, leg')).rows;

describe('ledger read model', () => {
  it('is the same whether the projector followed the feed in small batches or a rebuild replayed it at once', async () => {
    await catchUpCommitted(pool, { name: 'projector', projections: readModels, batchSize: 7 });
    const followed = await ledger();
    expect(followed.length).toBeGreaterThan(100);
    await pool.query(`TRUNCATE ${ledgerReadModelTables.join(', ')}`);
    await catchUpCommitted(pool, { name: 'rebuild', projections: readModels, batchSize: 1000 });
    expect(await ledger()).toEqual(followed);
  });

  it('balances: the trial balance sums to 0 and each wallet account equals the wallet row', async () => {
    const tb = await trialBalance(pool, '2026-11-22');
    expect(tb.sum).toBe(0);
    expect(tb.totalDebit).toBe(tb.totalCredit);
    expect(tb.lines.reduce((s, l) => s + l.balance, 0)).toBe(0);
    const wallets = await accountsOfKind(pool, { day: '2026-11-22', kind: 'wallet', limit: 10 });
    const rows = (await pool.query<{ wallet_id: string; balance: number }>('SELECT wallet_id, balance FROM wallets ORDER BY wallet_id')).rows;
    expect(wallets.map((w) => [w.account, -w.balance])).toEqual(rows.filter((r) => WALLETS.includes(r.wallet_id)).map((r) => [`wallet:${r.wallet_id}`, r.balance]));
    expect((await trialBalance(pool, '2026-11-21')).lines).toEqual([]);
  });

  it('pages an account statement newest first without gaps or repeats', async () => {
    const account = 'wallet:w-1';
    const seen: string[] = [];
    let cursor: [number, number] | undefined;
    for (;;) {
      const page = await accountStatement(pool, { account, day: '2026-11-22', limit: 5, ...(cursor && { cursor }) });
      seen.push(...page.entries.map((e) => `${e.position}:${e.leg}`));
      if (!page.nextCursor) break;
      cursor = decodeStatementCursor(page.nextCursor) ?? undefined;
    }
    const all = (await pool.query<{ k: string }>(`SELECT position || ':' || leg AS k FROM ledger_entries WHERE account = $1 ORDER BY position DESC, leg DESC`, [account])).rows.map((r) => r.k);
    expect(seen).toEqual(all);
    expect(decodeStatementCursor('not-a-cursor')).toBeNull();
  });
});
