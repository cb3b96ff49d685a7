import { mkdtemp, chmod, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations, freePort, seedDemoData } from '@healthpay/db/ops';
import { createPool, withDatabase } from '@healthpay/db';
import { startProcess, stopProcess, waitForPort } from '../stack/processes';
import { analyzeDatabase, resetStatements, startBenchPostgres, topStatements } from './pg-statements';
import { runLoad, tableHeader, tableRow, type LoadResult } from './run-load';
import { apiNodeFlags } from './api-flags';
import { loaderName } from './loader';
import { treeCpuSeconds } from './process-cpu';
import { claimWorkload, debitWorkload, type Call } from './workloads';

/**
 * `npm run bench`: first a bare node:http server that parses the same JSON body (the yardstick), then durable
 * commands through the API service (services/api: tRPC's Node adapter → procedure → command handler →
 * group-committed event store) against a fresh embedded Postgres with synchronous_commit=on; then the ratio.
 * The load generator (BENCH_LOADER: lean or autocannon, loader.ts) runs in its own process. Knobs (env): BENCH_WORKLOAD (debit | claim),
 * BENCH_WALLETS (1000 wallets or cards), BENCH_SECONDS (10), BENCH_WARMUP (3: unmeasured seconds at 64 connections before ANALYZE), BENCH_CONNECTIONS ("1,16,64,256"), BENCH_WORKERS
 * (API processes; default 1: on 2 cores shared with Postgres and the load generator a second worker halves the
 * group-commit batches — docs/benchmarks.md, run 4), BENCH_PROFILE=1 (CPU profiles of the API into BENCH_PROFILE_DIR, default .tmp/profile),
 * BENCH_IDEMPOTENCY=1 (a new Idempotency-Key on every request, as machine clients moving money send),
 * BENCH_PG_STATEMENTS=1 (pg_stat_statements loaded: each level prints the statements that took Postgres' time, per request).
 */
const WORKLOAD = process.env.BENCH_WORKLOAD ?? 'debit';
const STREAMS = Number(process.env.BENCH_WALLETS ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LEVELS = (process.env.BENCH_CONNECTIONS ?? '1,16,64,256').split(',').map(Number);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const IDEMPOTENCY_KEYS = process.env.BENCH_IDEMPOTENCY === '1';
const STATEMENTS = process.env.BENCH_PG_STATEMENTS === '1';
if (!['debit', 'claim'].includes(WORKLOAD)) throw new Error('BENCH_WORKLOAD is debit or claim');

const startLoad = os.loadavg().map((l) => l.toFixed(2)).join(', ');
const dir = await mkdtemp(path.join(os.tmpdir(), 'hp-bench-'));
await chmod(dir, 0o755);
const pgServer = await startBenchPostgres(path.join(dir, 'data'), await freePort(), STATEMENTS);
const admin = new pg.Client({ connectionString: pgServer.adminUrl });
await admin.connect();
await admin.query('CREATE DATABASE bench');
const settings = await admin.query(`SELECT name, setting FROM pg_settings WHERE name IN
  ('synchronous_commit','fsync','wal_sync_method','shared_buffers','max_connections','server_version')`);
await admin.end();
const url = withDatabase(pgServer.adminUrl, 'bench');
// The postmaster: its process tree (backends, WAL writer, checkpointer…) is Postgres' CPU.
const pgPid = Number((await readFile(path.join(dir, 'data', 'postmaster.pid'), 'utf8')).split('\n')[0]);
await applyMigrations(url);
const pool = createPool(url, 2);
await seedDemoData(pool);

const port = await freePort();
const env = {
  ...process.env, DATABASE_URL: url, HP_API_PORT: String(port), HP_API_HOST: '127.0.0.1', HP_API_WORKERS: String(WORKERS),
  HP_ENV: 'development', HP_DEV_AUTH: 'true', NODE_ENV: 'production', BENCH_PORT: String(port),
};
const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR ?? '.tmp/profile'}`] : [];
const apiFlags = apiNodeFlags();
const api = startProcess('api', process.execPath, [...profile, ...apiFlags, '--import', 'tsx', 'services/api/src/main.ts'], { env, quiet: true });
// Never left behind, whatever ends this script (a failed setup or Ctrl-C included).
process.once('exit', () => api.kill('SIGTERM'));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
// Each worker compiles the API on start: slow on a busy machine.
await waitForPort(port, 300_000, api);
const base = `http://127.0.0.1:${port}/api/trpc`;
const call: Call = async (proc, input, user = 'u-admin') => {
  const res = await fetch(`${base}/${proc}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hp-dev-user': user }, body: JSON.stringify({ json: input }) });
  if (!res.ok) throw new Error(`${proc}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { result: { data: { json: unknown } } }).result.data.json;
};

console.log(`setting up ${STREAMS} ${WORKLOAD === 'debit' ? 'wallets' : 'cards'}…`);
const workload = WORKLOAD === 'debit' ? await debitWorkload(call, STREAMS) : await claimWorkload(call, STREAMS);
const headers = { 'content-type': 'application/json', 'x-hp-dev-user': workload.user };
const load = (target: string, connections: number, pid: number, seconds = SECONDS) =>
  runLoad({ url: target, connections, seconds, headers, bodies: workload.bodies, idempotencyKeys: IDEMPOTENCY_KEYS }, pid, dir);

// Unmeasured warm-up (BENCH_WARMUP seconds at 64 connections: JIT, pools, events past their first few thousand rows),
// then statistics as a running database has them: the group commit's named statement was planned while `events` held
// only the setup's rows, and that plan cost 2–3× the Postgres CPU per command until autovacuum's first ANALYZE, in some
// runs and not others (bench run 13; pipeline run 6 for the same plan). ANALYZE makes every connection plan again.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
if (WARMUP > 0) await load(`${base}/${workload.procedure}`, 64, api.pid ?? 0, WARMUP);
await analyzeDatabase(url);

// The yardstick first, with the API idle (its workers hold no CPU while it runs).
const basePort = await freePort();
const baseline = startProcess('baseline', process.execPath, ['--import', 'tsx', 'scripts/bench/baseline-server.ts'], { env: { ...env, BENCH_PORT: String(basePort) }, quiet: true });
process.once('exit', () => baseline.kill('SIGTERM'));
await waitForPort(basePort, 120_000, baseline);
const bare = new Map<number, LoadResult>();
for (const c of LEVELS) {
  bare.set(c, await load(`http://127.0.0.1:${basePort}/`, c, baseline.pid ?? 0));
  console.log(`baseline ${tableRow(c, bare.get(c)!, '-')}`);
}
await stopProcess(baseline);

const lastPosition = async () => Number((await pool.query<{ p: string }>('SELECT COALESCE(max(position), 0) AS p FROM events')).rows[0]?.p ?? 0);
const commits = async (after: number) =>
  Number((await pool.query<{ n: string }>('SELECT count(DISTINCT transaction_id) AS n FROM events WHERE position > $1', [after])).rows[0]?.n ?? 0);
const measured = new Map<number, { r: LoadResult; perCommit: number; pgCpuMs: number }>();
for (const c of LEVELS) {
  const before = await lastPosition();
  if (STATEMENTS) await resetStatements(url);
  const pgBefore = await treeCpuSeconds(pgPid);
  const r = await load(`${base}/${workload.procedure}`, c, api.pid ?? 0);
  // Postgres' CPU per answered request (the counting queries below come after).
  const pgCpuMs = ((await treeCpuSeconds(pgPid)) - pgBefore) * 1000 / Math.max(1, r.total);
  measured.set(c, { r, perCommit: r.ok / Math.max(1, await commits(before)), pgCpuMs });
  console.log(`commands ${tableRow(c, r, measured.get(c)!.perCommit.toFixed(1))}`);
  if (STATEMENTS) console.log(`Postgres statements by execution time (per request):\n${await topStatements(url, Math.max(1, r.total))}`);
}

const s = Object.fromEntries(settings.rows.map((r: { name: string; setting: string }) => [r.name, r.setting]));
const rows = (m: (c: number) => string) => LEVELS.map(m).join('\n');
console.log(`
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average at start ${startLoad}
Postgres ${s.server_version} (embedded): synchronous_commit=${s.synchronous_commit}, fsync=${s.fsync}, wal_sync_method=${s.wal_sync_method}
Workload: ${workload.describe}${IDEMPOTENCY_KEYS ? ', a new Idempotency-Key each' : ''} through services/api (${WORKERS} worker${WORKERS === 1 ? '' : 's'}), ${SECONDS} s per level; load generator ${loaderName()} in its own process on the same machine
Group commit: HP_APPEND_MAX_BATCH=${process.env.HP_APPEND_MAX_BATCH ?? 500}, HP_APPEND_MAX_IN_FLIGHT=${process.env.HP_APPEND_MAX_IN_FLIGHT ?? 1}

Bare node:http (parses the same JSON body, answers 200):

${tableHeader}
${rows((c) => tableRow(c, bare.get(c)!, '-'))}

Durable commands:

${tableHeader}
${rows((c) => tableRow(c, measured.get(c)!.r, measured.get(c)!.perCommit.toFixed(1)))}

| connections | commands ÷ bare req/s | server CPU ms/request (bare) | server CPU ms/request (commands) | Postgres CPU ms/request (commands) | load generator CPU ms/request (commands) | load average at start of level |
|---|---|---|---|---|---|---|
${rows((c) => {
  const b = bare.get(c)!;
  const m = measured.get(c)!.r;
  return `| ${c} | ${((100 * m.rps) / Math.max(1, b.rps)).toFixed(1)} % | ${b.cpuMsPerRequest.toFixed(3)} | ${m.cpuMsPerRequest.toFixed(3)} | ${measured.get(c)!.pgCpuMs.toFixed(3)} | ${m.loaderCpuMsPerRequest?.toFixed(3) ?? '-'} | ${m.loadAverage.toFixed(2)} |`;
})}`);

await pool.end();
await stopProcess(api);
await pgServer.stop();
await rm(dir, { recursive: true, force: true });
