import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startCassandra, startKafka } from '@healthpay/infra';
import { parseEnv } from '@healthpay/config';
import { startFawrySandbox, startPaymobSandbox } from '@healthpay/payment-sandbox';
import { prepareDatabase, startDatabase } from './database';
import type { MetricsPorts, MetricsProcess } from './metrics-targets';
import { ROOT, startProcess, stopProcess, waitForPort } from './processes';

export const PORTALS = ['web', 'admin', 'merchant'] as const;
export type Portal = (typeof PORTALS)[number];

export interface StackOptions {
  databaseUrl?: string;
  dataDir: string;
  pgPort: number;
  databaseName: string;
  ports: Record<Portal, number>;
  /** The Paymob-like and Fawry-like sandboxes, started unless PAYMOB_BASE_URL / FAWRY_BASE_URL name a provider. */
  sandboxPorts: { paymob: number; fawry: number };
  host?: string;
  /** Run `turbo build` for the portals first (cached: a no-op when nothing changed). */
  build: boolean;
  /** embedded (default) or scaled: real Kafka + Cassandra, the outbox relay and the Kafka projector. */
  mode?: 'embedded' | 'scaled';
  quiet?: boolean;
  /** Each process serves /metrics on its own loopback port (`npm start`: METRICS_PORTS); unset: only the projector's. */
  metricsPorts?: MetricsPorts;
  log: (line: string) => void;
}

export interface Stack {
  databaseUrl: string;
  urls: Record<Portal, string>;
  /** Sandboxes this stack started (absent when the environment names real providers). */
  sandboxes: { paymob?: string; fawry?: string };
  stop(): Promise<void>;
}

/** Postgres → migrations → demo data → projector → the three portals. Used by `npm start` and e2e. */
export async function startStack(o: StackOptions): Promise<Stack> {
  const db = await startDatabase({ url: o.databaseUrl, dataDir: o.dataDir, port: o.pgPort, name: o.databaseName, log: o.log });
  const children: ChildProcess[] = [];
  const servers: { stop(): Promise<void> }[] = [];
  let sandboxes: Stack['sandboxes'] = {};
  const stop = async () => {
    await Promise.all(children.map(stopProcess));
    await Promise.allSettled(servers.map((s) => s.stop()));
    await db.stop();
  };
  try {
    await prepareDatabase(db.url, o.log);
    if (o.build) build(o.log);
    // A local demo: production builds (`next start` wants NODE_ENV=production) in the development
    // environment, which is what allows the dev sign-in.
    const payments = await startSandboxes(o, servers);
    sandboxes = payments.urls;
    const env = { ...process.env, ...payments.env, DATABASE_URL: db.url, HP_DATA_DIR: o.dataDir, HP_ENV: 'development', HP_DEV_AUTH: 'true', HP_MODE: o.mode ?? 'embedded' };
    // The staff System page reads the projector's metrics when no Prometheus is configured.
    const projectorMetrics = o.metricsPorts?.projector ?? parseEnv({ ...process.env, HP_ENV: 'development', NODE_ENV: 'development' }).HP_METRICS_PORT;
    const appEnv = { ...env, NODE_ENV: 'production', HP_PROJECTOR_METRICS_URL: process.env.HP_PROJECTOR_METRICS_URL ?? `http://127.0.0.1:${projectorMetrics}/metrics` };
    if (o.mode === 'scaled') servers.push(...(await startScaledInfra(o.dataDir, o.log)));
    const withMetrics = (p: MetricsProcess, e: NodeJS.ProcessEnv) => (o.metricsPorts ? { ...e, METRICS_PORT: String(o.metricsPorts[p]) } : e);
    children.push(startProcess('projector', process.execPath, ['--import', 'tsx', 'services/projector/src/main.ts'], { env: withMetrics('projector', env), quiet: o.quiet }));
    if (o.mode === 'scaled') children.push(startProcess('relay', process.execPath, ['--import', 'tsx', 'services/projector/src/relay/relay-main.ts'], { env: withMetrics('relay', env), quiet: o.quiet }));
    for (const portal of PORTALS) {
      // Next's handler behind our guard (client address, path and body checks): services/portal-server. A 64 MB young
      // generation as services/api has: a staff debit's portal CPU −11 % (docs/benchmarks.md, bench:portal run 3).
      const args = ['--max-semi-space-size=64', '--import', 'tsx', 'services/portal-server/src/main.ts', portal, String(o.ports[portal]), o.host ?? '127.0.0.1'];
      const child = startProcess(portal, process.execPath, args, { env: withMetrics(portal, appEnv), quiet: o.quiet });
      children.push(child);
    }
    const portals = children.slice(-PORTALS.length);
    await Promise.all(PORTALS.map((p, i) => waitForPort(o.ports[p], 60_000, portals[i])));
  } catch (error) {
    await stop();
    throw error;
  }
  const urls = Object.fromEntries(PORTALS.map((p) => [p, `http://127.0.0.1:${o.ports[p]}`])) as Record<Portal, string>;
  return { databaseUrl: db.url, urls, sandboxes, stop };
}

/**
 * Payment sandboxes signing with the same keys the portals verify with (values in the environment win over
 * the development defaults); the portals get their URLs and their own public address for callbacks.
 */
async function startSandboxes(o: StackOptions, servers: { stop(): Promise<void> }[]) {
  const given = process.env;
  const e = parseEnv({ ...given, HP_ENV: 'development', NODE_ENV: 'development' });
  const host = o.host ?? '127.0.0.1';
  const env: Record<string, string> = {
    HP_PUBLIC_WEB_URL: given.HP_PUBLIC_WEB_URL ?? `http://${host}:${o.ports.web}`,
    // Invitation emails link to the staff and pharmacy portals on the ports they actually got.
    HP_PUBLIC_ADMIN_URL: given.HP_PUBLIC_ADMIN_URL ?? `http://${host}:${o.ports.admin}`,
    HP_PUBLIC_MERCHANT_URL: given.HP_PUBLIC_MERCHANT_URL ?? `http://${host}:${o.ports.merchant}`,
  };
  const urls: Stack['sandboxes'] = {};
  if (!given.PAYMOB_BASE_URL) {
    const paymob = await startPaymobSandbox({
      port: o.sandboxPorts.paymob, host, secretKey: e.PAYMOB_SECRET_KEY, publicKey: e.PAYMOB_PUBLIC_KEY,
      hmacSecret: e.PAYMOB_HMAC_SECRET, integrationIds: e.PAYMOB_INTEGRATION_ID,
    });
    servers.push(paymob);
    urls.paymob = env.PAYMOB_BASE_URL = paymob.url;
  }
  if (!given.FAWRY_BASE_URL) {
    const fawry = await startFawrySandbox({ port: o.sandboxPorts.fawry, host, merchantCode: e.FAWRY_MERCHANT_CODE, secureKey: e.FAWRY_SECURE_KEY });
    servers.push(fawry);
    urls.fawry = env.FAWRY_BASE_URL = fawry.url;
  }
  return { env, urls };
}

/** Kafka and Cassandra on their default loopback ports, data under the stack's data folder. */
async function startScaledInfra(dataDir: string, log: (l: string) => void) {
  log('starting Kafka and Cassandra (scaled mode; the first start fetches their jars from Maven Central)…');
  return Promise.all([startKafka({ dataDir: path.join(dataDir, 'kafka') }), startCassandra({ dataDir: path.join(dataDir, 'cassandra') })]);
}

function build(log: (l: string) => void): void {
  log('building the portals (cached after the first time)…');
  const res = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/turbo/bin/turbo'), 'run', 'build', '--filter=./apps/*', '--output-logs=errors-only'], { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0) throw new Error('portal build failed');
}
