import { FEED_START, feedPositionOf, readFeed, type EventStore, type Pool } from '@healthpay/db';
import type { Client } from 'cassandra-driver';
import { CQL_TABLES } from './schema';
import { CqlMonthlySpend } from './monthly-spend';
import { CqlWalletBalances } from './wallet-balances';

/**
 * Rebuild the CQL store from scratch: empty its tables, then replay the whole event store into them
 * (straight from Postgres, not Kafka, whose retention may not reach back to the first event).
 */
export async function rebuildCql(pool: Pool, store: EventStore, cql: Client, keyspace: string): Promise<number> {
  for (const table of CQL_TABLES) await cql.execute(`TRUNCATE ${keyspace}.${table}`);
  const backfill = async (id: string, after: number, before: number) => (await store.readStream(id, after)).filter((e) => e.version < before);
  const balances = new CqlWalletBalances(cql, keyspace, backfill);
  const spend = new CqlMonthlySpend(cql, keyspace, backfill);
  let from = FEED_START;
  let total = 0;
  for (;;) {
    const events = await readFeed(pool, from, 2000);
    const last = events.at(-1);
    if (!last) return total;
    await balances.applyAll(events.filter((e) => e.aggregateType === 'wallet'));
    await spend.applyAll(events.filter((e) => e.aggregateType === 'medcard'));
    total += events.length;
    from = feedPositionOf(last);
  }
}
