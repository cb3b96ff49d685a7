import { randomUUID } from 'node:crypto';
import { mkdtemp, chmod, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { encode } from '@auth/core/jwt';
import { applyMigrations, freePort, seedDemoData, startEmbeddedPostgres } from '@healthpay/db/ops';
import { catchUp, createPool, readModels, withDatabase } from '@healthpay/db';
import { parseEnv } from '@healthpay/config';
import { ROOT, startProcess, stopProcess, waitForPort } from '../stack/processes';
import { loaderName, runLoader } from './loader';
import { requestBytes } from './request-bytes';
import { portalNodeFlags } from './api-flags';
import { analyzeDatabase } from './pg-statements';

/**
 * `npm run bench:portal`: the browser path (portal server → Next route handler → tRPC), as `npm start` serves
 * it (services/portal-server over the existing production build in apps/<portal>/.next; build first with
 * `npx turbo run build --filter=@healthpay/web --filter=@healthpay/admin`), on a fresh embedded Postgres.
 * Drives patient `wallet.mine` and `session.me` (web), staff `wallet.debit` (admin) and `/api/health/liveness`.
 * Knobs (env): BENCH_CONNECTIONS ("1,64"), BENCH_SECONDS (10), BENCH_WARMUP (3: unmeasured seconds per route at 64
 * connections before ANALYZE and the levels), BENCH_WALLETS (200), BENCH_AUTH (`dev`: the
 * development user header; `cookie`: a real Auth.js session cookie), BENCH_ROUTES (comma list of route names),
 * BENCH_PROFILE=1 (CPU profiles of the portal processes into .tmp/profile), BENCH_PORTAL_NODE_FLAGS (the portal
 * servers' Node flags, api-flags.ts), BENCH_LOADER (lean | autocannon, loader.ts), BENCH_WITHOUT_NEXT=1 (diagnostic:
 * scripts/bench/portal-api-server.ts instead of the portal server, no build needed).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LEVELS = (process.env.BENCH_CONNECTIONS ?? '1,64').split(',').map(Number);
const WALLETS = Number(process.env.BENCH_WALLETS ?? 200);
const AUTH = process.env.BENCH_AUTH === 'cookie' ? 'cookie' : 'dev';
// Diagnostic: the same portal server without Next (only /api/trpc and liveness), to see what Next costs.
const WITHOUT_NEXT = process.env.BENCH_WITHOUT_NEXT === '1';
for (const portal of WITHOUT_NEXT ? [] : ['web', 'admin']) {
  if (!existsSync(path.join(ROOT, 'apps', portal, '.next', 'BUILD_ID'))) throw new Error(`apps/${portal} is not built: npx turbo run build --filter=@healthpay/${portal}`);
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'hp-bench-portal-'));
await chmod(dir, 0o755);
const pgServer = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), persistent: false });
const admin = new pg.Client({ connectionString: pgServer.adminUrl });
await admin.connect();
await admin.query('CREATE DATABASE bench');
const settings = await admin.query(`SELECT name, setting FROM pg_settings WHERE name IN ('synchronous_commit','server_version')`);
await admin.end();
const url = withDatabase(pgServer.adminUrl, 'bench');
await applyMigrations(url);
const pool = createPool(url, 4);
await seedDemoData(pool);
await catchUp(pool, { name: 'bench-read-models', projections: readModels });

// What scripts/stack starts for `npm start`: production builds in the development environment (dev sign-in allowed).
const env = { ...process.env, DATABASE_URL: url, HP_DATA_DIR: dir, HP_ENV: 'development', HP_DEV_AUTH: 'true', NODE_ENV: 'production' } as NodeJS.ProcessEnv;
const ports = { web: await freePort(), admin: await freePort() };
const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=.tmp/profile'] : [];
const servers = (['web', 'admin'] as const).map((portal) =>
  startProcess(portal, process.execPath, [...profile, ...portalNodeFlags(), '--import', 'tsx', WITHOUT_NEXT ? 'scripts/bench/portal-api-server.ts' : 'services/portal-server/src/main.ts', portal, String(ports[portal]), '127.0.0.1'], { env, quiet: true }));
await Promise.all(servers.map((s, i) => waitForPort(Object.values(ports)[i] as number, 180_000, s)));
/** CPU seconds (user + system) a process has used so far, from /proc (Linux; 0 elsewhere). */
const cpuSeconds = (pid?: number): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
};
const base = { web: `http://127.0.0.1:${ports.web}`, admin: `http://127.0.0.1:${ports.admin}` };

const secret = parseEnv(env).AUTH_SECRET;
const cookie = async (portal: 'web' | 'admin', sub: string, role: string) => {
  const name = `hp-${portal}.session`;
  return `${name}=${await encode({ token: { sub, role, portal, signedInAt: Date.now(), sid: randomUUID() }, secret, salt: name })}`;
};
const as = async (portal: 'web' | 'admin', userId: string, role: string): Promise<Record<string, string>> =>
  AUTH === 'dev' ? { 'x-hp-dev-user': userId } : { cookie: await cookie(portal, userId, role) };
const patient = await as('web', 'u-omar', 'patient');
const staff = await as('admin', 'u-admin', 'superadmin');
const postHeaders = { ...staff, 'content-type': 'application/json', origin: base.admin };

const call = async (proc: string, input: unknown) => {
  const res = await fetch(`${base.admin}/api/trpc/${proc}`, { method: 'POST', headers: postHeaders, body: JSON.stringify({ json: input }) });
  if (!res.ok) throw new Error(`${proc}: ${res.status} ${await res.text()}`);
};
console.log(`setting up ${WALLETS} wallets…`);
const wallets: string[] = [];
for (let i = 0; i < WALLETS; i += 20) {
  await Promise.all(Array.from({ length: Math.min(20, WALLETS - i) }, async () => {
    const walletId = randomUUID();
    // Owned by another patient than the one reading `wallet.mine`, so that read stays one person's wallets.
    await call('wallet.open', { walletId, ownerId: 'u-ahmed', dailyDebitLimit: 9e12, monthlyDebitLimit: 9e12, secondWalletReason: 'benchmark wallet' });
    await call('wallet.changeStatus', { walletId, action: 'activate' });
    await call('wallet.credit', { walletId, amount: 1e12, reference: 'bench float' });
    wallets.push(walletId);
  }));
}
await pool.end();

interface Route { name: string; url: string; method: 'GET' | 'POST'; headers: Record<string, string>; body?: () => string; server: 0 | 1 }
let n = 0;
const routes: Route[] = [
  { name: 'wallet.mine (patient)', url: `${base.web}/api/trpc/wallet.mine`, method: 'GET', headers: patient, server: 0 },
  { name: 'wallet.debit (staff)', url: `${base.admin}/api/trpc/wallet.debit`, method: 'POST', headers: postHeaders,
    body: () => JSON.stringify({ json: { walletId: wallets[n++ % wallets.length], amount: 1, reference: 'bench' } }), server: 1 },
  { name: 'session.me (patient)', url: `${base.web}/api/trpc/session.me`, method: 'GET', headers: patient, server: 0 },
  { name: '/api/health/liveness', url: `${base.web}/api/health/liveness`, method: 'GET', headers: {}, server: 0 },
];
const only = process.env.BENCH_ROUTES?.split(',');
const chosen = routes.filter((r) => !only || only.some((o) => r.name.startsWith(o)));
/** The load generator's bytes for a route: one fixed request, or a new body each (the debits' rotating wallets). */
const requestsOf = (route: Route) => {
  const target = new URL(route.url);
  const port = Number(target.port);
  const fixed = requestBytes(target.hostname, port, { method: route.method, path: target.pathname, headers: route.headers });
  const body = route.body;
  return body ? () => requestBytes(target.hostname, port, { method: route.method, path: target.pathname, headers: route.headers, body: body() }) : () => fixed;
};
// Unmeasured warm-up of each route (BENCH_WARMUP seconds at 64 connections: JIT, pools), then statistics as a running
// database has them, as `npm run bench` does (commands.ts): without it the first level paid for compiling the portal's
// code and the group commit's statement was planned on the setup's few events (bench:portal run 3).
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
if (WARMUP > 0) {
  for (const route of chosen) await runLoader({ url: route.url, connections: 64, seconds: WARMUP, next: requestsOf(route) });
  await analyzeDatabase(url);
}
const rows: string[] = [];
const loads: string[] = [];
for (const route of chosen) {
  for (const connections of LEVELS) {
    loads.push(os.loadavg()[0]!.toFixed(1));
    const pid = servers[route.server]?.pid;
    const cpuBefore = cpuSeconds(pid);
    const result = await runLoader({ url: route.url, connections, seconds: SECONDS, next: requestsOf(route) });
    // The portal process's own CPU per answered request: what the load on the machine does not change much.
    const cpuUs = Math.round(((cpuSeconds(pid) - cpuBefore) * 1e6) / Math.max(1, result.total));
    rows.push(`| ${route.name} | ${connections} | ${Math.round(result.rps)} | ${result.p50.toFixed(1)} | ${result.p97_5.toFixed(1)} | ${result.p99.toFixed(1)} | ${result.non2xx} | ${result.errors} | ${cpuUs} |`);
    console.log(rows.at(-1));
  }
}

const s = Object.fromEntries(settings.rows.map((r: { name: string; setting: string }) => [r.name, r.setting]));
console.log(`
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; 1-minute load before each level: ${loads.join(', ')}
Postgres ${s.server_version} (embedded): synchronous_commit=${s.synchronous_commit}
Workload: portal servers (${WITHOUT_NEXT ? 'services/portal-server guards + /api/trpc only, no Next (diagnostic)' : 'services/portal-server + Next production build'}) for web and admin, auth=${AUTH === 'dev' ? 'development user header' : 'Auth.js session cookie'}, ${WARMUP} s warm-up per route then ANALYZE, ${SECONDS} s per level, ${WALLETS} wallets debited in rotation, load generator ${loaderName()} on the same machine

| route | connections | req/s | p50 ms | p97.5 ms | p99 ms | non-2xx | errors | portal CPU µs/request |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}`);

await Promise.all(servers.map(stopProcess));
await pgServer.stop();
await rm(dir, { recursive: true, force: true });
