import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { ACTOR_CHANNEL, createPool, withDatabase } from '@healthpay/db';
import { applyMigrations, freePort, seedDemoData, startEmbeddedPostgres } from '@healthpay/db/ops';
import { rebuildReadModels } from '@healthpay/projector';
import { startProcess, stopProcess, waitForPort } from '../stack/processes';
import { apiNodeFlags } from './api-flags';
import { treeCpuSeconds } from './process-cpu';
import { timeQueriesAlone } from './reads-db';
import { runLoader, loaderName } from './loader';
import { getRequestBytes } from './request-bytes';
import { type ReadBenchData, seedReadBench } from './reads-seed';

/**
 * `npm run bench:reads`: the queries behind the patient portal's wallet and card pages, over HTTP (tRPC's Node
 * adapter, the development user header) against a fresh embedded Postgres holding ≥ 1,000,000 events. The
 * events go in by INSERT … SELECT; the read models come from the real rebuild (`rebuildReadModels`, timed: the
 * figure of `npm run projections:rebuild`). Knobs: BENCH_PATIENTS (10000), BENCH_WALLET_EVENTS (70 per wallet),
 * BENCH_CARD_EVENTS (30 per card), BENCH_CONNECTIONS (64), BENCH_SECONDS (5 per query), BENCH_ONLY (query names),
 * BENCH_PROFILE=1 (CPU profile of the API process into .tmp/profile-reads), BENCH_REBUILD=1 (rebuild a kept database's read models; done anyway when it lacked a migration), BENCH_LOADER (lean | autocannon, loader.ts), BENCH_WARM_PASSES (unmeasured rounds of
 * one request per patient before each query, from an emptied actor cache: JIT, pool and every actor read; 1, 0 for
 * none), BENCH_WARMUP (further seconds of unmeasured load before each query; 0), BENCH_DATA_DIR (keep the seeded and rebuilt database in this
 * folder and, when it already holds one, reuse it: no seeding, rebuild or SQL-alone timing — their figures are
 * those of the run that built it — so an A/B of the request path takes a minute; delete the folder after a change
 * to the seed, the migrations or the read models). Besides the API's CPU per request, Postgres's (postmaster and
 * backends) and the load generator's (this process) are printed: the three share the two cores.
 */
const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 10_000);
const WALLET_EVENTS = Number(process.env.BENCH_WALLET_EVENTS ?? 70);
const CARD_EVENTS = Number(process.env.BENCH_CARD_EVENTS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 0);
const WARM_PASSES = Number(process.env.BENCH_WARM_PASSES ?? 1);
const log = (l: string) => console.log(`[bench:reads] ${l}`);

const keptDir = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : undefined;
const dir = keptDir ?? (await mkdtemp(path.join(os.tmpdir(), 'hp-bench-reads-')));
await mkdir(dir, { recursive: true });
await chmod(dir, 0o755);
const savedData = path.join(dir, 'bench-data.json');
const reuse = keptDir !== undefined && existsSync(savedData);
const pgServer = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), persistent: keptDir !== undefined });
const cleanup: (() => Promise<unknown>)[] = [...(keptDir ? [] : [() => rm(dir, { recursive: true, force: true })]), () => pgServer.stop()];
try {
  const admin = new pg.Client({ connectionString: pgServer.adminUrl });
  await admin.connect();
  if (!reuse) await admin.query('CREATE DATABASE bench');
  const settings = await admin.query(`SELECT name, setting FROM pg_settings WHERE name IN
    ('synchronous_commit','shared_buffers','work_mem','server_version')`);
  await admin.end();
  const url = withDatabase(pgServer.adminUrl, 'bench');
  const refreshed = reuse ? await refreshKept(url) : undefined;
  const prepared = reuse ? (JSON.parse(await readFile(savedData, 'utf8')) as Prepared) : await prepare(url);
  if (keptDir && !reuse) await writeFile(savedData, JSON.stringify(prepared));
  const { data, total, alone } = prepared;
  // A kept database's stored figure is its seeding's (another tree, another load): this run's rebuild when there was one.
  const rebuildLine = refreshed ?? (reuse ? `${prepared.rebuildLine} (when this kept database was seeded; not rebuilt this run)` : prepared.rebuildLine);

  const port = await freePort();
  const env = { ...process.env, DATABASE_URL: url, BENCH_PORT: String(port), HP_ENV: 'development', HP_DEV_AUTH: 'true', NODE_ENV: 'production' };
  const server = startProcess('bench-server', process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=.tmp/profile-reads'] : []), ...apiNodeFlags(), '--import', 'tsx', 'scripts/bench/server.ts'], { env, quiet: true });
  cleanup.push(() => stopProcess(server));
  // A loaded machine compiles and starts the API slowly (tsx).
  await waitForPort(port, 120_000, server);
  const cpuMs = async () => 1000 * (await treeCpuSeconds(server.pid ?? 0));
  // Postgres (postmaster and its backends) and this process (the load generator, loader.ts): the rest of the two cores' budget.
  const postmaster = Number((await readFile(path.join(dir, 'data', 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const pgCpuMs = async () => 1000 * (await treeCpuSeconds(postmaster));
  const ownCpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

  const notifier = new pg.Client({ connectionString: url });
  await notifier.connect();
  cleanup.push(() => notifier.end());

  const pick = (i: number) => i % data.users.length;
  const q = (input: unknown) => `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const queries: { name: string; path: (i: number) => string }[] = [
    { name: 'wallet.mine', path: () => `/wallet.mine${q({})}` },
    { name: 'wallet.get', path: (i) => `/wallet.get${q({ walletId: data.wallets[pick(i)] })}` },
    { name: 'wallet.history', path: (i) => `/wallet.history${q({ walletId: data.wallets[pick(i)], limit: 20 })}` },
    // As the wallet page asks (holds-card.tsx): the active holds.
    { name: 'wallet.holds', path: (i) => `/wallet.holds${q({ walletId: data.wallets[pick(i)], status: 'active' })}` },
    { name: 'medcard.mine', path: () => `/medcard.mine${q({})}` },
    { name: 'medcard.get', path: (i) => `/medcard.get${q({ cardId: data.cards[pick(i)] })}` },
    { name: 'claims.byCard', path: (i) => `/claims.byCard${q({ cardId: data.cards[pick(i)], limit: 20 })}` },
    { name: 'beneficiaries.list', path: (i) => `/beneficiaries.list${q({ cardId: data.cards[pick(i)] })}` },
  ];
  const only = process.env.BENCH_ONLY?.split(',');
  const rows: string[] = [];
  const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]?.toFixed(1) ?? '-';
  for (const query of queries.filter((x) => !only || only.includes(x.name))) {
    // Every patient's request, built once (the same bytes autocannon would build on every send); each send takes the
    // next one, whichever connection it is on, from a random start: a different patient per request, as before.
    const requests = data.users.map((user, i) => getRequestBytes('127.0.0.1', port, query.path(i), { 'x-hp-dev-user': user }));
    let next = Math.floor(Math.random() * requests.length);
    const load = async (run: { seconds: number } | { amount: number }, onResponse: (ms: number) => void) => {
      let n = next;
      const r = await runLoader({ url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, ...run, next: () => requests[n++ % requests.length] as Buffer, onResponse: (_status, ms) => onResponse(ms) });
      next = n;
      return r;
    };
    if (WARM_PASSES > 0) {
      // Unmeasured: each patient once, from an empty actor cache (the change notice that empties it, EVERY_ACTOR in
      // actor-channel.ts), so every actor is read in these few seconds and none of them expires (30 s) inside the
      // measured window: the state of a portal whose users are signed in. Without it the first query ran on a cold
      // process and cache (every request one more round trip), and the rows read for one query expired all at once
      // in the middle of a later one.
      await notifier.query('SELECT pg_notify($1, $2)', [ACTOR_CHANNEL, '*']);
      await sleep(250);
      await load({ amount: WARM_PASSES * requests.length }, () => {});
    }
    if (WARMUP > 0) await load({ seconds: WARMUP }, () => {});
    const latencies: number[] = [];
    const cpuBefore = await cpuMs();
    const pgBefore = await pgCpuMs();
    const ownBefore = ownCpuMs();
    const result = await load({ seconds: SECONDS }, (ms) => latencies.push(ms));
    const own = ownCpuMs() - ownBefore;
    const cpu = (await cpuMs()) - cpuBefore;
    const pgCpu = (await pgCpuMs()) - pgBefore;
    latencies.sort((a, b) => a - b);
    const per = (ms: number) => (ms / Math.max(1, latencies.length)).toFixed(3);
    rows.push(`| ${query.name} | ${CONNECTIONS} | ${Math.round(result.rps)} | ${pct(latencies, 50)} | ${pct(latencies, 95)} | ${pct(latencies, 99)} | ${result.non2xx} | ${result.errors} | ${per(cpu)} | ${per(pgCpu)} | ${per(own)} | ${os.loadavg()[0]?.toFixed(1)} |`);
    log(rows.at(-1) ?? '');
  }

  const s = Object.fromEntries(settings.rows.map((r: { name: string; setting: string }) => [r.name, r.setting]));
  console.log(`
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}
Postgres ${s.server_version} (embedded): shared_buffers=${s.shared_buffers} × 8 kB, work_mem=${s.work_mem} kB; API pool HP_PG_POOL_SIZE=${process.env.HP_PG_POOL_SIZE ?? 10}
Data: ${total} events — ${data.users.length} patients, each one wallet (${WALLET_EVENTS} events) and one card (${CARD_EVENTS} events: ${CARD_EVENTS - 2} approved claims)
${rebuildLine}
Load: each query ${SECONDS} s at ${CONNECTIONS} connections over HTTP (tRPC GET, x-hp-dev-user = the owning patient, a different one per request; load generator ${loaderName()}), after ${WARM_PASSES} unmeasured round(s) of one request per patient from an emptied actor cache and ${WARMUP} s of warm-up; load generator on the same machine

| query | connections | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors | server CPU ms/req | Postgres CPU ms/req | load generator CPU ms/req | load avg |
|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

The same queries' SQL alone (read-model functions called directly, one at a time, random patients):

| query | calls | p50 ms | p95 ms | p99 ms |
|---|---|---|---|---|
${alone.join('\n')}`);
} finally {
  for (const step of cleanup.reverse()) await step().catch(() => {});
}

interface Prepared { data: ReadBenchData; total: number; rebuildLine: string; alone: string[] }

/**
 * A kept database from an older tree: the migrations it lacks are applied (else the reads would answer 500 against
 * the old schema, counted only as non-2xx), then the read models rebuilt, so they hold what today's projections write
 * (e.g. a column a new migration adds and the projection fills). BENCH_REBUILD=1 rebuilds without a new migration.
 */
async function refreshKept(url: string): Promise<string | undefined> {
  const applied = await applyMigrations(url);
  if (applied.length === 0 && process.env.BENCH_REBUILD !== '1') return undefined;
  log(`kept database: ${applied.length ? `applied ${applied.join(', ')}` : 'BENCH_REBUILD=1'}; rebuilding the read models…`);
  const pool = createPool(url, 6);
  try {
    const t = performance.now();
    const line = rebuildLineOf(await rebuildReadModels(pool), performance.now() - t);
    log(line);
    await pool.query('VACUUM ANALYZE');
    return line;
  } finally {
    await pool.end();
  }
}

function rebuildLineOf(events: number, ms: number): string {
  return `rebuild: ${events} events in ${(ms / 1000).toFixed(1)} s = ${Math.round(events / (ms / 1000))} events/s`;
}

/** Migrations, demo seed, the bench's events, the real rebuild and the SQL-alone timings. */
async function prepare(url: string): Promise<Prepared> {
  await applyMigrations(url);
  const pool = createPool(url, 6);
  await seedDemoData(pool);

  let t = performance.now();
  const data = await seedReadBench(pool, { patients: PATIENTS, walletEvents: WALLET_EVENTS, cardEvents: CARD_EVENTS });
  const total = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0]?.n);
  log(`inserted ${data.events} events (${total} in the store) for ${PATIENTS} patients in ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
  const rebuildLine = rebuildLineOf(await rebuildReadModels(pool), performance.now() - t);
  log(rebuildLine);
  await pool.query('VACUUM ANALYZE');
  const alone = await timeQueriesAlone(pool, data, 200);
  await pool.end();
  return { data, total, rebuildLine, alone };
}
