import { randomUUID } from 'node:crypto';
import { env, type Env } from '@healthpay/config';
import cassandra from 'cassandra-driver';
import { Kafka, logLevel } from 'kafkajs';
import { cqlBalances, postgresBalances, type BalanceReader } from '../balances/balance-reader';
import type { HealthDeps } from '../health/health';
import { createPool, EventStore, type Pool } from '@healthpay/db';
import type { MedCardEvent, MedCardState, WalletEvent, WalletState } from '@healthpay/domain';
import { AggregateCache } from '../commands/aggregate-cache';
import { medCardKind, walletKind } from '../commands/aggregate-kind';
import { KeyedLock } from '../commands/keyed-lock';

/** One state cache per aggregate type; `executeCommand` is given the one its streams belong to. */
export interface Aggregates {
  wallet: AggregateCache<WalletState, WalletEvent>;
  medcard: AggregateCache<MedCardState, MedCardEvent>;
}

/** Everything a procedure may touch besides its input. Tests build their own. */
export interface Services {
  pool: Pool;
  store: EventStore;
  aggregates: Aggregates;
  locks: KeyedLock;
  /** Balances from Postgres (embedded) or the CQL store (scaled). */
  balances: BalanceReader;
  health: HealthDeps;
  clock: () => Date;
  newId: () => string;
}

export function createServices(connectionString: string, opts: Partial<Pick<Services, 'clock' | 'newId'>> = {}): Services {
  const e = env();
  const pool = createPool(connectionString, e.HP_PG_POOL_SIZE);
  const store = new EventStore(pool, { maxBatch: e.HP_APPEND_MAX_BATCH, maxInFlight: e.HP_APPEND_MAX_IN_FLIGHT });
  const scaled = e.HP_MODE === 'scaled' ? scaledClients(e) : null;
  return {
    pool,
    store,
    aggregates: { wallet: new AggregateCache(store, walletKind), medcard: new AggregateCache(store, medCardKind) },
    locks: new KeyedLock(),
    balances: scaled ? cqlBalances(scaled.cql, e.CQL_KEYSPACE) : postgresBalances(pool),
    health: { version: e.HP_VERSION, pool, kafka: scaled?.kafka, cql: scaled?.cql },
    clock: opts.clock ?? (() => new Date()),
    newId: opts.newId ?? randomUUID,
  };
}

/** Clients of the scaled mode; both connect lazily on first use. */
function scaledClients(e: Env) {
  return {
    cql: new cassandra.Client({ contactPoints: e.CQL_CONTACT_POINTS, localDataCenter: e.CQL_LOCAL_DC }),
    kafka: new Kafka({ clientId: 'healthpay-api', brokers: e.KAFKA_BROKERS, logLevel: logLevel.NOTHING, retry: { retries: 0 } }),
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
