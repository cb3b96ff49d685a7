import { randomUUID } from 'node:crypto';
import { mkdtemp, chmod, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { applyMigrations, freePort, seedDemoData, startEmbeddedPostgres } from '@healthpay/db/ops';
import { createPool, withDatabase } from '@healthpay/db';
import { startProcess, stopProcess, waitForPort } from '../stack/processes';

/**
 * `npm run bench`: debits across many wallets through HTTP at rising concurrency, against a fresh
 * embedded Postgres with synchronous_commit=on. Prints throughput and latency percentiles per level.
 * Knobs (env): BENCH_WALLETS (1000), BENCH_SECONDS (10), BENCH_CONNECTIONS ("1,16,64,256"),
 * BENCH_PROFILE=1 (CPU profile of the server into .tmp/profile).
 */
const WALLETS = Number(process.env.BENCH_WALLETS ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LEVELS = (process.env.BENCH_CONNECTIONS ?? '1,16,64,256').split(',').map(Number);

const dir = await mkdtemp(path.join(os.tmpdir(), 'hp-bench-'));
await chmod(dir, 0o755);
const pgServer = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), persistent: false });
const admin = new pg.Client({ connectionString: pgServer.adminUrl });
await admin.connect();
await admin.query('CREATE DATABASE bench');
const settings = await admin.query(`SELECT name, setting FROM pg_settings WHERE name IN
  ('synchronous_commit','fsync','wal_sync_method','shared_buffers','max_connections','server_version')`);
await admin.end();
const url = withDatabase(pgServer.adminUrl, 'bench');
await applyMigrations(url);
const pool = createPool(url, 4);
await seedDemoData(pool);
await pool.end();

const port = await freePort();
const env = { ...process.env, DATABASE_URL: url, BENCH_PORT: String(port), HP_ENV: 'development', HP_DEV_AUTH: 'true', NODE_ENV: 'production' };
const server = startProcess('bench-server', process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=.tmp/profile'] : []), '--import', 'tsx', 'scripts/bench/server.ts'], { env, quiet: true });
await waitForPort(port, 30_000, server);
const base = `http://127.0.0.1:${port}`;
const headers = { 'content-type': 'application/json', 'x-hp-dev-user': 'u-admin' };
const call = async (proc: string, input: unknown) => {
  const res = await fetch(`${base}/${proc}`, { method: 'POST', headers, body: JSON.stringify({ json: input }) });
  if (!res.ok) throw new Error(`${proc}: ${res.status} ${await res.text()}`);
};

console.log(`setting up ${WALLETS} wallets…`);
const wallets: string[] = [];
for (let i = 0; i < WALLETS; i += 50) {
  await Promise.all(Array.from({ length: Math.min(50, WALLETS - i) }, async () => {
    const walletId = randomUUID();
    await call('wallet.open', { walletId, ownerId: 'u-omar', dailyDebitLimit: 9e12, monthlyDebitLimit: 9e12, secondWalletReason: 'benchmark wallet' });
    await call('wallet.changeStatus', { walletId, action: 'activate' });
    await call('wallet.credit', { walletId, amount: 1e12, reference: 'bench float' });
    wallets.push(walletId);
  }));
}

const stats = async () => (await fetch(`${base}/__stats`)).json() as Promise<{ transactions: number; requests: number }>;
const rows: string[] = [];
for (const connections of LEVELS) {
  const before = await stats();
  let n = 0;
  const result = await autocannon({
    url: `${base}/wallet.debit`,
    connections,
    duration: SECONDS,
    method: 'POST',
    headers,
    requests: [{
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ json: { walletId: wallets[n++ % wallets.length], amount: 1, reference: 'bench' } }) }),
    }],
  });
  const after = await stats();
  const perTx = (after.requests - before.requests) / Math.max(1, after.transactions - before.transactions);
  const l = result.latency as unknown as Record<string, number>;
  rows.push(`| ${connections} | ${Math.round(result.requests.average)} | ${l.p50} | ${l.p97_5 ?? '-'} | ${l.p99} | ${result.non2xx} | ${result.errors} | ${perTx.toFixed(1)} |`);
  console.log(rows.at(-1));
}

const s = Object.fromEntries(settings.rows.map((r: { name: string; setting: string }) => [r.name, r.setting]));
console.log(`
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}
Postgres ${s.server_version} (embedded): synchronous_commit=${s.synchronous_commit}, fsync=${s.fsync}, wal_sync_method=${s.wal_sync_method}
Workload: wallet.debit of 1 piaster over HTTP (tRPC) on ${WALLETS} wallets, ${SECONDS} s per level, load generator in the same machine
Group commit: HP_APPEND_MAX_BATCH=${process.env.HP_APPEND_MAX_BATCH ?? 500}, HP_APPEND_MAX_IN_FLIGHT=${process.env.HP_APPEND_MAX_IN_FLIGHT ?? 2}

| connections | req/s | p50 ms | p97.5 ms | p99 ms | non-2xx | errors | commands per commit |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}`);

await stopProcess(server);
await pgServer.stop();
await rm(dir, { recursive: true, force: true });
