import type { EventStore, Pool, StoredEvent } from '@healthpay/db';
import { describe, expect, it } from 'vitest';
import { applyToPostgres } from './pg-apply';

interface Row { wallet_id: string; balance: number; version: number }

/** A pool over an in-memory `wallets` table: the wallet projection's load and upsert work, every other statement answers no rows. */
function walletsPool(rows: Row[]) {
  const table = new Map(rows.map((r) => [r.wallet_id, r]));
  const names: string[] = [];
  const at = new Date('2026-12-07T08:00:00.000Z');
  const query = async (q: string | { name?: string; text?: string; values?: unknown[] }) => {
    if (typeof q === 'string') return { rows: [] };
    const values = q.values ?? [];
    // The wallets upsert, alone or as one CTE of a statement: its parameters start at the first `unnest` placeholder.
    const upsert = /INSERT INTO wallets[\s\S]*?unnest\(\$(\d+)/.exec(q.text ?? '');
    names.push(upsert ? 'wallets upsert' : q.name ?? '');
    if (q.name === 'hp_project_wallets_load' || q.name === 'hp_project_versions_wallets') {
      const ids = values[0] as string[];
      return { rows: ids.flatMap((id) => {
        const r = table.get(id);
        return r ? [{ ...r, id, owner_id: 'o', status: 'active', currency: 'EGP', held: 0, daily_debit_limit: 1, monthly_debit_limit: 1, opened_at: at, updated_at: at }] : [];
      }) };
    }
    if (upsert) {
      const first = Number(upsert[1]) - 1;
      const [ids, balances, versions] = [values[first] as string[], values[first + 4] as number[], values[first + 8] as number[]];
      ids.forEach((id, i) => table.set(id, { wallet_id: id, balance: balances[i] as number, version: versions[i] as number }));
    }
    return { rows: [] };
  };
  const pool = { connect: async () => ({ query, release: () => {} }) } as unknown as Pool;
  return { pool, table, names };
}

const noStore = { readStream: async () => [] } as unknown as EventStore;

let position = 0;
const debit = (walletId: string, version: number, balanceAfter: number): StoredEvent => ({
  eventId: `00000000-0000-4000-8000-${String(++position).padStart(12, '0')}`, type: 'WalletDebited', version, streamId: walletId,
  aggregateType: 'wallet', position, transactionId: position,
  data: { walletId, amount: 1, reference: 'r', balanceAfter, at: '2026-12-07T09:00:00.000Z' }, metadata: {}, timestamp: new Date(),
});

describe('applyToPostgres reads each wallet row once', () => {
  it('checks versions and folds the wallets from one load, and a batch delivered twice is applied once', async () => {
    const { pool, table, names } = walletsPool([{ wallet_id: 'w1', balance: 10, version: 2 }, { wallet_id: 'w2', balance: 20, version: 5 }]);
    const batch = [debit('w1', 3, 9), debit('w2', 6, 19), debit('w1', 4, 8)];

    await applyToPostgres(pool, noStore, batch);
    await applyToPostgres(pool, noStore, batch);

    expect(names.filter((n) => n === 'hp_project_wallets_load' || n === 'hp_project_versions_wallets')).toEqual(['hp_project_wallets_load', 'hp_project_wallets_load']);
    expect(names.filter((n) => n === 'wallets upsert')).toHaveLength(1);
    expect([...table.values()]).toEqual([{ wallet_id: 'w1', balance: 8, version: 4 }, { wallet_id: 'w2', balance: 19, version: 6 }]);
  });

  it('drops an event the wallet row already shows', async () => {
    const { pool, table } = walletsPool([{ wallet_id: 'w1', balance: 10, version: 4 }]);

    await applyToPostgres(pool, noStore, [debit('w1', 4, 7), debit('w1', 5, 6)]);
    await applyToPostgres(pool, noStore, [debit('w1', 4, 7), debit('w1', 5, 6)]);

    expect(table.get('w1')).toEqual({ wallet_id: 'w1', balance: 6, version: 5 });
  });

  it('writes a batch of debits as one statement after its two reads, with no transaction around them', async () => {
    const { pool, names } = walletsPool([{ wallet_id: 'w1', balance: 10, version: 2 }]);

    await applyToPostgres(pool, noStore, [debit('w1', 3, 9), debit('w1', 4, 8)]);

    expect(names).toEqual(['hp_project_wallets_load', 'hp_project_ledger_load', 'wallets upsert']);
  });
});
