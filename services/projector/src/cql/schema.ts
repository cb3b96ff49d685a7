import type { Client } from 'cassandra-driver';

/** Keyspace and tables of the balance store. Portable CQL: runs on Apache Cassandra and ScyllaDB alike. */
export const cqlSchema = (keyspace: string, replication = 1) => [
  `CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': ${replication}}`,
  // Every column is written USING TIMESTAMP <aggregate version>: the newest version wins per cell,
  // so a redelivered or reordered write can never take a balance back in time. No counters.
  `CREATE TABLE IF NOT EXISTS ${keyspace}.wallet_balances (
     wallet_id text PRIMARY KEY, owner_id text, status text, currency text,
     balance bigint, held bigint, available bigint, daily_debit_limit bigint, monthly_debit_limit bigint,
     last_version int, opened_at timestamp, updated_at timestamp)`,
  `CREATE TABLE IF NOT EXISTS ${keyspace}.medcard_monthly_spend (
     card_id text, month text, benefit bigint, claims int, last_version int,
     PRIMARY KEY ((card_id), month))`,
];

export async function ensureCqlSchema(client: Client, keyspace: string): Promise<void> {
  for (const statement of cqlSchema(keyspace)) await client.execute(statement);
}

export const CQL_TABLES = ['wallet_balances', 'medcard_monthly_spend'] as const;
