import type { Pool } from '@healthpay/db';
import type { Client } from 'cassandra-driver';

export interface Balance {
  balance: number;
  held: number;
  available: number;
  version: number;
}

/**
 * Where balances are read from: the Postgres read model (embedded mode) or the CQL balance store
 * (scaled mode: ScyllaDB / Cassandra, fed by the Kafka consumer). Same answer, one interface.
 */
export interface BalanceReader {
  readonly store: 'postgres' | 'cql';
  get(walletId: string): Promise<Balance | null>;
  /** Benefit a MedCard paid in one Africa/Cairo month (YYYY-MM); null when nothing was paid. */
  monthlyBenefit(cardId: string, month: string): Promise<number | null>;
}

export const postgresBalances = (pool: Pool): BalanceReader => ({
  store: 'postgres',
  async get(walletId) {
    const res = await pool.query<Balance>('SELECT balance, held, available, version FROM wallets WHERE wallet_id = $1', [walletId]);
    return res.rows[0] ?? null;
  },
  async monthlyBenefit(cardId, month) {
    const res = await pool.query<{ benefit_total: number }>('SELECT benefit_total FROM medcard_monthly_spend WHERE card_id = $1 AND month = $2', [cardId, month]);
    return res.rows[0]?.benefit_total ?? null;
  },
});

export const cqlBalances = (client: Client, keyspace: string): BalanceReader => ({
  store: 'cql',
  async get(walletId) {
    const row = (await client.execute(
      `SELECT balance, held, available, last_version FROM ${keyspace}.wallet_balances WHERE wallet_id = ?`,
      [walletId], { prepare: true },
    )).first();
    if (!row || row.last_version === null) return null;
    return { balance: Number(row.balance), held: Number(row.held), available: Number(row.available), version: row.last_version as number };
  },
  async monthlyBenefit(cardId, month) {
    const row = (await client.execute(
      `SELECT benefit FROM ${keyspace}.medcard_monthly_spend WHERE card_id = ? AND month = ?`, [cardId, month], { prepare: true },
    )).first();
    return row?.benefit === null || row?.benefit === undefined ? null : Number(row.benefit);
  },
});
