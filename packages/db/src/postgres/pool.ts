import { watchPool } from '@healthpay/config/metrics';
import pg from 'pg';

// BIGINT (int8) columns hold piasters and positions. Parse to number, refusing anything a double cannot
// hold exactly: money must never be rounded.
pg.types.setTypeParser(20, (value: string) => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value out of safe range: ${value}`);
  return n;
});

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

/** `name`: reported as `healthpay_db_pool_connections{pool=name}` (the DB pool exhausted alert). */
export function createPool(connectionString: string, max = 10, name?: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  if (name) watchPool(name, pool);
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}
