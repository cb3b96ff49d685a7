import { randomUUID } from 'node:crypto';
import { env, type Env } from '@healthpay/config';
import { registerCloser } from '@healthpay/config/lifecycle';
import { closeServices } from './close-services';
import cassandra from 'cassandra-driver';
import { Kafka, logLevel } from 'kafkajs';
import { cqlBalances, postgresBalances, type BalanceReader } from '../balances/balance-reader';
import type { HealthDeps } from '../health/health';
import { createPool, EventStore, type Pool } from '@healthpay/db';
import type {
  MedCardEvent, MedCardState, PaymentEvent, PaymentState, PharmacyEvent, PharmacyLicenceEvent, PharmacyLicenceState, PharmacyState, WalletEvent, WalletState,
} from '@healthpay/domain';
import type { DocumentEvent, DocumentState } from '@healthpay/domain';
import type { FeeScheduleEvent, FeeScheduleState, SettlementEvent, SettlementState } from '@healthpay/domain';
import { AggregateCache } from '../commands/aggregate-cache';
import { documentKind } from '../commands/document-kind';
import { feeScheduleKind, settlementKind } from '../commands/settlement-kind';
import { insurerInvoiceKind } from '../commands/insurer-invoice-kind';
import type { InsurerInvoiceEvent, InsurerInvoiceState } from '@healthpay/domain';
import { documentStorageFromEnv } from '../documents/storage/storage-from-env';
import type { DocumentStorage } from '../documents/storage/storage-port';
import { medCardKind, paymentKind, pharmacyKind, pharmacyLicenceKind, walletKind } from '../commands/aggregate-kind';
import { KeyedLock } from '../commands/keyed-lock';
import { identityService, type IdentityService } from '../identity/identity-service';
import { emailFromEnv } from '../identity/mail/email-from-env';
import type { EmailSender } from '../identity/mail/email-port';
import { smsFromEnv } from '../identity/sms/sms-from-env';
import type { SmsSender } from '../identity/sms/sms-port';
import { deliverDueSms } from '../identity/sms/sms-delivery';
import { paymentProviders, type PaymentProviders } from '../payments/providers';
import { checkpointWait } from '../consistency/checkpoint-wait';
import { RecentWrites } from '../consistency/recent-writes';
import { versionWait } from '../consistency/version-wait';

/** One state cache per aggregate type; `executeCommand` is given the one its streams belong to. */
export interface Aggregates {
  wallet: AggregateCache<WalletState, WalletEvent>;
  medcard: AggregateCache<MedCardState, MedCardEvent>;
  payment: AggregateCache<PaymentState, PaymentEvent>;
  pharmacy: AggregateCache<PharmacyState, PharmacyEvent>;
  pharmacyLicence: AggregateCache<PharmacyLicenceState, PharmacyLicenceEvent>;
  document: AggregateCache<DocumentState, DocumentEvent>;
  settlement: AggregateCache<SettlementState, SettlementEvent>;
  feeSchedule: AggregateCache<FeeScheduleState, FeeScheduleEvent>;
  insurerInvoice: AggregateCache<InsurerInvoiceState, InsurerInvoiceEvent>;
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
  /** Where one-time codes are sent (HP_SMS), by the SMS worker (identity/sms/sms-worker.ts). */
  sms: SmsSender;
  /**
   * `worker` (default): requests queue their SMS and return; a background worker sends them. `inline`: the
   * test harness's explicit hook, delivering the queue right after each request so specs read codes at once.
   */
  smsDelivery: 'worker' | 'inline';
  /** Where emails (invitations) are sent (EMAIL_TRANSPORT). */
  email: EmailSender;
  /** Sign-in by OTP or password, rate-limited and audited: what the Auth.js step calls. */
  identity: IdentityService;
  /** REST v1 requests per token (or user) per hour. */
  apiRateLimitPerHour: number;
  /** Paymob and Fawry clients (each behind its circuit breaker) and the keys their callbacks are checked with. */
  payments: PaymentProviders;
  /** Where uploaded documents' bytes are kept (HP_DOCUMENT_STORAGE; docs/documents.md). */
  documents: DocumentStorage;
  /** Portal users' queries wait (bounded) for the read models to show their own commands (consistency/). */
  recentWrites?: RecentWrites;
}

export function createServices(connectionString: string, opts: Partial<Pick<Services, 'clock' | 'newId' | 'sms' | 'email' | 'payments' | 'documents'>> = {}): Services {
  const e = env();
  const pool = createPool(connectionString, e.HP_PG_POOL_SIZE, 'api');
  const store = new EventStore(pool, { maxBatch: e.HP_APPEND_MAX_BATCH, maxInFlight: e.HP_APPEND_MAX_IN_FLIGHT });
  const scaled = e.HP_MODE === 'scaled' ? scaledClients(e) : null;
  const services: Services = {
    pool,
    store,
    aggregates: {
      wallet: new AggregateCache(store, walletKind), medcard: new AggregateCache(store, medCardKind), payment: new AggregateCache(store, paymentKind),
      pharmacy: new AggregateCache(store, pharmacyKind), pharmacyLicence: new AggregateCache(store, pharmacyLicenceKind),
      document: new AggregateCache(store, documentKind),
      settlement: new AggregateCache(store, settlementKind), feeSchedule: new AggregateCache(store, feeScheduleKind),
      insurerInvoice: new AggregateCache(store, insurerInvoiceKind),
    },
    locks: new KeyedLock(),
    balances: scaled ? cqlBalances(scaled.cql, e.CQL_KEYSPACE) : postgresBalances(pool),
    health: {
      version: e.HP_VERSION, pool, kafka: scaled?.kafka, cql: scaled?.cql,
      providers: () => ({ paymob: services.payments.breakers.paymob.state(), fawry: services.payments.breakers.fawry.state() }),
    },
    clock: opts.clock ?? (() => new Date()),
    newId: opts.newId ?? randomUUID,
    sms: opts.sms ?? smsFromEnv(e, pool),
    smsDelivery: 'worker',
    email: opts.email ?? emailFromEnv(e, pool),
    // Late-bound, so a test replacing services.clock or services.sms is seen by sign-in too.
    identity: identityService({
      pool,
      clock: () => services.clock(),
      newId: () => services.newId(),
      afterSmsQueued: () => afterSmsQueued(services),
      secret: e.AUTH_SECRET,
    }),
    apiRateLimitPerHour: e.HP_API_RATE_LIMIT_PER_HOUR,
    payments: opts.payments ?? paymentProviders(e),
    documents: opts.documents ?? documentStorageFromEnv(e),
    // Scaled mode has no one checkpoint over the Postgres read models (kafka/pg-apply.ts): per-stream versions there.
    recentWrites: new RecentWrites(scaled ? versionWait(pool) : checkpointWait(pool)),
  };
  return services;
}

/** What a request does after queueing an SMS: nothing, unless the services deliver inline (tests). */
export const afterSmsQueued = (s: Services): Promise<unknown> =>
  s.smsDelivery === 'inline' ? deliverDueSms({ pool: s.pool, sms: s.sms, clock: s.clock }) : Promise.resolve();

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
    const services = createServices(url);
    holder.__healthpayServices = services;
    // Closed by the portal server's graceful shutdown, after the requests in flight (docs/operations.md).
    registerCloser('api services', () => closeServices(services));
  }
  return holder.__healthpayServices;
}
