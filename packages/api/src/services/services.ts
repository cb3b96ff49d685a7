import { randomUUID } from 'node:crypto';
import { env } from '@healthpay/config';
import { createPool, EventStore, type Pool } from '@healthpay/db';
import { AggregateCache } from '../commands/aggregate-cache';
import { KeyedLock } from '../commands/keyed-lock';

/** Everything a procedure may touch besides its input. Tests build their own. */
export interface Services {
  pool: Pool;
  store: EventStore;
  wallets: AggregateCache;
  locks: KeyedLock;
  clock: () => Date;
  newId: () => string;
}

export function createServices(connectionString: string, opts: Partial<Pick<Services, 'clock' | 'newId'>> = {}): Services {
  const e = env();
  const pool = createPool(connectionString, e.HP_PG_POOL_SIZE);
  const store = new EventStore(pool, { maxBatch: e.HP_APPEND_MAX_BATCH, maxInFlight: e.HP_APPEND_MAX_IN_FLIGHT });
  return {
    pool,
    store,
    wallets: new AggregateCache(store),
    locks: new KeyedLock(),
    clock: opts.clock ?? (() => new Date()),
    newId: opts.newId ?? randomUUID,
  };
}

const holder = globalThis as { __healthpayServices?: Services };

/** Process-wide services from DATABASE_URL (kept across Next.js hot reloads). */
export function defaultServices(): Services {
  if (!holder.__healthpayServices) {
    const url = env().DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set (npm start sets it for the portals)');
    holder.__healthpayServices = createServices(url);
  }
  return holder.__healthpayServices;
}
