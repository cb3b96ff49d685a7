import type { StoredEvent } from '@healthpay/db';
import type { Client } from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import { CqlWalletBalances } from './wallet-balances';

type Cell = { value: unknown; ts: number };

/**
 * A stand-in driver keeping `wallet_balances` as Cassandra does: cell by cell, the write with the higher timestamp
 * winning each cell. It records the columns each write set.
 */
function fakeCql() {
  const rows = new Map<string, Map<string, Cell>>();
  const written: string[][] = [];
  const update = (query: string, params: unknown[]) => {
    const columns = [...(/SET (.*)\s+WHERE/s.exec(query)?.[1] ?? '').matchAll(/(\w+) = \?/g)].map((m) => m[1] as string);
    written.push(columns);
    const [ts, ...rest] = params as [number, ...unknown[]];
    const id = rest.at(-1) as string;
    const row = rows.get(id) ?? new Map<string, Cell>();
    rows.set(id, row);
    columns.forEach((c, i) => {
      if ((row.get(c)?.ts ?? -1) <= ts) row.set(c, { value: rest[i], ts });
    });
  };
  const row = (id: string) => {
    const r = rows.get(id);
    return r && Object.fromEntries([...r].map(([c, cell]) => [c, cell.value]));
  };
  const client = {
    hosts: { length: 1 },
    execute: async (query: string, params: unknown[]) => {
      if (query.startsWith('SELECT')) return { first: () => row(params[0] as string) ?? null };
      update(query, params);
      return {};
    },
    batch: async (queries: { query: string; params: unknown[] }[]) => {
      for (const q of queries) update(q.query, q.params);
      return {};
    },
  };
  return { client: client as unknown as Client, row, written, update };
}

const WALLET = 'w-1';
const event = (version: number, type: string, data: Record<string, unknown> = {}): StoredEvent => ({
  eventId: `00000000-0000-4000-8000-${String(version).padStart(12, '0')}`, streamId: WALLET, aggregateType: 'wallet', type, version,
  position: version, transactionId: version, data: { walletId: WALLET, at: `2026-12-07T10:00:0${version}.000Z`, ...data }, metadata: {}, timestamp: new Date(0),
});
const opened = () => event(1, 'WalletOpened', { ownerId: 'p-1', currency: 'EGP', dailyDebitLimit: 500_000, monthlyDebitLimit: 5_000_000 });
const credited = (v: number, balanceAfter: number) => event(v, 'WalletCredited', { amount: 1, balanceAfter });
const debited = (v: number, balanceAfter: number) => event(v, 'WalletDebited', { amount: 1, balanceAfter });
const noBackfill = async () => [];
const WHOLE_ROW = ['owner_id', 'status', 'currency', 'balance', 'held', 'available', 'daily_debit_limit', 'monthly_debit_limit', 'last_version', 'opened_at', 'updated_at'];

describe('CQL wallet balances (scaled mode: the balance a wallet read shows)', () => {
  it('given a hold placed and voided in one batch, when an older writer\'s row of the held version lands last, then the hold is still gone', async () => {
    const cql = fakeCql();
    const balances = new CqlWalletBalances(cql.client, 'ks', noBackfill);
    await balances.applyAll([opened(), event(2, 'WalletActivated'), credited(3, 10_000)]);
    await balances.applyAll([event(4, 'WalletHoldPlaced', { amount: 2_000 }), event(5, 'WalletHoldVoided', { amount: 2_000 }), debited(6, 9_000)]);
    expect(cql.written.at(-1)).toEqual(WHOLE_ROW);
    // Version 4's row (held 2,000) from a consumer that owned the partition before a rebalance, applied late.
    cql.update(`UPDATE ks.wallet_balances USING TIMESTAMP ? SET held = ?, available = ?, last_version = ? WHERE wallet_id = ?`, [4, 2_000, 8_000, 4, WALLET]);
    expect(cql.row(WALLET)).toMatchObject({ balance: 9_000, held: 0, available: 9_000, last_version: 6 });
  });

  it('given a version gap filled from the event store, when the gap holds a hold, then the whole row is written', async () => {
    const cql = fakeCql();
    const gap = [event(4, 'WalletHoldPlaced', { amount: 2_000 })];
    const balances = new CqlWalletBalances(cql.client, 'ks', async (_id, after, before) => gap.filter((e) => e.version > after && e.version < before));
    await balances.applyAll([opened(), event(2, 'WalletActivated'), credited(3, 10_000)]);
    await balances.applyAll([debited(5, 9_000)]);
    expect(cql.written.at(-1)).toEqual(WHOLE_ROW);
    expect(cql.row(WALLET)).toMatchObject({ balance: 9_000, held: 2_000, available: 7_000, last_version: 5 });
  });
});
