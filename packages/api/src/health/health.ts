import type { Pool } from '@healthpay/db';
import type { Client } from 'cassandra-driver';
import type { Kafka } from 'kafkajs';

export type ServiceName = 'postgres' | 'kafka' | 'scylla';
export interface HealthReport {
  status: 'up' | 'down';
  version: string;
  services: Partial<Record<ServiceName, 'up' | 'down'>>;
  /**
   * Payment providers' circuit breakers. Reported, not counted in `status`: a provider outage closes one way to
   * top up, not the portal (a 503 here would take the whole portal out of a load balancer).
   */
  providers?: Record<'paymob' | 'fawry', 'closed' | 'open' | 'half-open'>;
}

const TIMEOUT_MS = 2_000;

const within = <T>(p: Promise<T>): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref())]);
const probe = (check: () => Promise<unknown>) => within(check()).then(() => 'up' as const, () => 'down' as const);

export interface HealthDeps {
  version: string;
  pool: Pool;
  kafka?: Kafka;
  cql?: Client;
  providers?: () => Record<'paymob' | 'fawry', 'closed' | 'open' | 'half-open'>;
}

/** Checks only what the mode uses: Postgres always; Kafka and the CQL store in scaled mode. */
export async function checkHealth(d: HealthDeps): Promise<HealthReport> {
  const checks: [ServiceName, Promise<'up' | 'down'>][] = [['postgres', probe(() => d.pool.query('SELECT 1'))]];
  if (d.kafka) {
    const admin = d.kafka.admin();
    checks.push(['kafka', probe(async () => {
      await admin.connect();
      try {
        await admin.describeCluster();
      } finally {
        await admin.disconnect();
      }
    })]);
  }
  if (d.cql) {
    const cql = d.cql;
    checks.push(['scylla', probe(() => cql.execute('SELECT release_version FROM system.local'))]);
  }
  const services = Object.fromEntries(await Promise.all(checks.map(async ([n, p]) => [n, await p] as const)));
  const status = Object.values(services).every((s) => s === 'up') ? 'up' : 'down';
  return { status, version: d.version, services, ...(d.providers ? { providers: d.providers() } : {}) };
}
