import { env } from '@healthpay/config';
import { createPool, databaseUrl, EventStore } from '@healthpay/db';
import cassandra from 'cassandra-driver';
import { rebuildCql } from './cql/rebuild-cql';
import { ensureCqlSchema } from './cql/schema';
import { dropRebuildCheckpoint } from './kafka/opened-low-water';
import { rebuildReadModels } from './rebuild';

/**
 * `npm run projections:rebuild`: replay every event into empty read models — Postgres always, and the
 * CQL balance store too in scaled mode. DATABASE_URL, or the embedded database of `npm start` (running).
 */
const e = env();
// `replayFeed` holds at most the feed reader, the batch-by-batch group and the three flushing groups at once.
const pool = createPool(databaseUrl(), 6);
const started = performance.now();
const n = await rebuildReadModels(pool);
const ms = performance.now() - started;
console.log(`[projector] rebuilt Postgres read models from ${n} events in ${Math.round(ms)} ms: ${Math.round(n / (ms / 1000))} events/s`);
if (e.HP_MODE === 'scaled') {
  const cql = new cassandra.Client({ contactPoints: e.CQL_CONTACT_POINTS, localDataCenter: e.CQL_LOCAL_DC });
  await ensureCqlSchema(cql, e.CQL_KEYSPACE);
  const m = await rebuildCql(pool, new EventStore(pool), cql, e.CQL_KEYSPACE);
  console.log(`[projector] rebuilt the CQL store from ${m} events`);
  await dropRebuildCheckpoint(pool);
  await cql.shutdown();
}
await pool.end();
