import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCaller, createServices } from '@healthpay/api';
import { createPool, withDatabase } from '@healthpay/db';
import { applyMigrations, freePort, seedDemoData } from '@healthpay/db/ops';
import { startCassandra, startKafka } from '@healthpay/infra';
import pg from 'pg';
import { startProcess, stopProcess } from '../stack/processes';
import { pgPerEvent, pgReading } from './pg-backend-cpu';
import { analyzeDatabase, resetStatements, startBenchPostgres, topStatements } from './pg-statements';
import { commitSplit, commitTotals, stageTable } from './pipeline-stages';
import { threadTicks, topThreads, treeCpuSeconds } from './process-cpu';

/**
 * `npm run bench:pipeline`: projection lag (event commit → CQL + Postgres projection written) at a
 * sustained event rate, through the real relay and Kafka projector processes, on fresh Postgres,
 * Kafka and Cassandra. Knobs: BENCH_RATE events/s (2000), BENCH_SECONDS (20), BENCH_WALLETS (500), BENCH_WARMUP
 * seconds (5), BENCH_JVM_JIT=full (C2 as well in the JVMs; with it a fresh JVM compiles for minutes, so warm up longer), and
 * BENCH_PROFILE=1 (CPU profiles of the relay and projector in .tmp/profile-pipeline/<process>, for profile-summary.ts),
 * BENCH_PG_STATEMENTS=1 (pg_stat_statements loaded: the statements that took Postgres' time in the measured window).
 */
const RATE = Number(process.env.BENCH_RATE ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WALLETS = Number(process.env.BENCH_WALLETS ?? 500);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const statements = process.env.BENCH_PG_STATEMENTS === '1';
const fullJit = process.env.BENCH_JVM_JIT === 'full'; // C2 too in Kafka and Cassandra (infra/src/common.ts jitArgs)
const profile = (name: string) => (process.env.BENCH_PROFILE === '1' ? ['--cpu-prof', `--cpu-prof-dir=.tmp/profile-pipeline/${name}`] : []);
const log = (l: string) => console.log(`[bench] ${l}`);

const dir = await mkdtemp(path.join(os.tmpdir(), 'hp-bench-pipeline-'));
await chmod(dir, 0o755);
const ports = { pg: await freePort(), kafka: await freePort(), controller: await freePort(), cql: await freePort(), storage: await freePort(), metrics: await freePort(), relayMetrics: await freePort() };
log('starting Postgres, Kafka and Cassandra…');
const [pgStart, kafkaStart, cassandraStart] = await Promise.allSettled([
  startBenchPostgres(path.join(dir, 'pg'), ports.pg, statements),
  startKafka({ dataDir: path.join(dir, 'kafka'), port: ports.kafka, controllerPort: ports.controller, fullJit }),
  startCassandra({ dataDir: path.join(dir, 'cassandra'), cqlPort: ports.cql, storagePort: ports.storage, fullJit }),
]);
// Everything started is stopped even when the run fails part-way (JVMs would otherwise keep running), also when
// another of the three failed to start.
const stopStarted = () => Promise.allSettled([pgStart, kafkaStart, cassandraStart].map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
if (pgStart.status === 'rejected' || kafkaStart.status === 'rejected' || cassandraStart.status === 'rejected') {
  await stopStarted();
  await rm(dir, { recursive: true, force: true });
  throw [pgStart, kafkaStart, cassandraStart].find((s) => s.status === 'rejected')?.reason;
}
const [pgServer, kafka, cassandra] = [pgStart.value, kafkaStart.value, cassandraStart.value];
const cleanup: (() => Promise<unknown>)[] = [() => rm(dir, { recursive: true, force: true }), stopStarted];
try {
  const admin = new pg.Client({ connectionString: pgServer.adminUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  const url = withDatabase(pgServer.adminUrl, 'bench');
  await applyMigrations(url);
  const seedPool = createPool(url, 2);
  await seedDemoData(seedPool);
  await seedPool.end();

  const env = {
    ...process.env, DATABASE_URL: url, HP_MODE: 'scaled', KAFKA_BROKERS: `127.0.0.1:${ports.kafka}`,
    CQL_CONTACT_POINTS: `127.0.0.1:${ports.cql}`, HP_METRICS_PORT: String(ports.metrics), HP_ENV: 'development',
  };
  // PGAPPNAME names each process's Postgres sessions, so Postgres' CPU can be told apart by client.
  const relay = startProcess('relay', process.execPath, [...profile('relay'), '--import', 'tsx', 'services/projector/src/relay/relay-main.ts'], { env: { ...env, PGAPPNAME: 'relay', METRICS_PORT: String(ports.relayMetrics) }, quiet: true });
  const projector = startProcess('projector', process.execPath, [...profile('projector'), '--import', 'tsx', 'services/projector/src/main.ts'], { env: { ...env, PGAPPNAME: 'projector' }, quiet: true });
  cleanup.push(() => Promise.all([stopProcess(relay), stopProcess(projector)]));
  const metrics = (p = '', port = ports.metrics) => fetch(`http://127.0.0.1:${port}/metrics${p}`, p ? { method: 'POST' } : {});
  await (async function waitForMetrics() {
    for (let i = 0; i < 600; i++) {
      if (await metrics().then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('projector metrics never came up');
  })();

  Object.assign(process.env, { DATABASE_URL: url, HP_ENV: 'development', PGAPPNAME: 'generator' });
  const services = createServices(url);
  cleanup.push(() => services.pool.end());
  const caller = createCaller({ services, actor: { userId: 'u-admin', role: 'superadmin', pharmacyId: null }, idempotencyKey: null });
  log(`opening ${WALLETS} wallets…`);
  const wallets: string[] = [];
  for (let i = 0; i < WALLETS; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, WALLETS - i) }, async () => {
      const walletId = randomUUID();
      await caller.wallet.open({ walletId, ownerId: 'u-omar', dailyDebitLimit: 9e12, monthlyDebitLimit: 9e12, secondWalletReason: 'benchmark wallet' });
      await caller.wallet.changeStatus({ walletId, action: 'activate' });
      await caller.wallet.credit({ walletId, amount: 1e12, reference: 'bench' });
      wallets.push(walletId);
    }));
  }

  /**
   * Debits at RATE per second for `seconds`, issued every ~10 ms by the clock (a late tick sends what fell due
   * meanwhile, so the rate asked is the rate sent however busy the loop is); returns how many committed.
   */
  async function drive(seconds: number): Promise<number> {
    let n = 0;
    const inflight: Promise<unknown>[] = [];
    const start = Date.now();
    const end = start + seconds * 1000;
    for (let now = start; now < end; now = Date.now()) {
      const due = Math.floor((RATE * (now - start)) / 1000);
      while (n < due) inflight.push(caller.wallet.debit({ walletId: wallets[n++ % wallets.length] as string, amount: 1, reference: 'b' }));
      await new Promise((r) => setTimeout(r, 10 - ((Date.now() - start) % 10)));
    }
    await Promise.all(inflight);
    return n;
  }

  log(`warm-up ${WARMUP} s…`);
  await drive(WARMUP);
  // Statistics, as a running database has them. Each connection plans its named statements once; the commit statement's
  // plan, made while `events` held the wallets' first ~1,500 events, scanned the whole table on every commit until
  // autovacuum's first ANALYZE (a minute or more on a new database): ~130 µs of Postgres per event at 2,000/s
  // (docs/benchmarks.md, pipeline run 6). ANALYZE invalidates those plans; the next execution plans again at ~12,000 events.
  await analyzeDatabase(url);
  await metrics('/reset');
  await metrics('/reset', ports.relayMetrics);
  const commitsBefore = await commitTotals();
  if (statements) await resetStatements(url);
  // CPU per event of each process over the measured window (until every measured event is projected).
  const pgPid = Number((await readFile(path.join(dir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const procs = { 'generator + commands': process.pid, postgres: pgPid, relay: relay.pid, kafka: kafka.pid, projector: projector.pid, cassandra: cassandra.pid };
  const cpuAt = async () => Object.fromEntries(await Promise.all(Object.entries(procs).map(async ([k, pid]) =>
    [k, k === 'generator + commands' ? (process.cpuUsage().user + process.cpuUsage().system) / 1000 : 1000 * (await treeCpuSeconds(pid ?? 0))] as const)));
  const threaded = { relay: relay.pid ?? 0, kafka: kafka.pid, projector: projector.pid ?? 0, cassandra: cassandra.pid };
  const threadsAt = () => Promise.all(Object.values(threaded).map((pid) => threadTicks(pid)));
  const cpuBefore = await cpuAt();
  const threadsBefore = await threadsAt();
  const pgBefore = await pgReading(url);
  const load = os.loadavg()[0]?.toFixed(1);
  log(`measuring ${SECONDS} s at ${RATE} events/s…`);
  const started = Date.now();
  const sent = await drive(SECONDS);
  const achieved = Math.round(sent / ((Date.now() - started) / 1000));
  const text = await (async () => {
    // Until every measured event is projected: the summary's count reaches what was sent.
    for (let i = 0; i < 1200; i++) {
      const body = await (await metrics()).text();
      if (Number(/healthpay_projection_lag_ms_count (\d+)/.exec(body)?.[1] ?? 0) >= sent) return body;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('projection did not catch up within 120 s');
  })();
  const relayText = await (await metrics('', ports.relayMetrics)).text();
  const commits = commitSplit(commitsBefore, await commitTotals());
  const cpuAfter = await cpuAt();
  const threadsAfter = await threadsAt();
  const pgAfter = await pgReading(url);
  const statementLines = statements ? `\nPostgres statements by execution time:\n${await topStatements(url, sent)}` : '';
  const threadLines = Object.keys(threaded).map((k, i) => `  ${k}: ${topThreads(threadsBefore[i] ?? new Map(), threadsAfter[i] ?? new Map(), sent)}`).join('\n');
  const perEvent = Object.entries(cpuAfter).map(([k, v]) => [k, ((v - (cpuBefore[k] ?? 0)) * 1000) / sent] as const);
  const cpuLine = `${perEvent.map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}; total ${Math.round(perEvent.reduce((t, [, v]) => t + v, 0))}`;
  const q = (x: string) => text.match(new RegExp(`quantile="${x}"\\} (\\d+)`))?.[1] ?? '?';
  console.log(`
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}
Pipeline: event store (Postgres, synchronous_commit=on) → relay process → Kafka 3.9.1 (1 broker, 6 partitions/topic, acks=all)
          → projector process (consumer group) → Cassandra 5.0.9 wallet_balances + Postgres read models; JVMs ${fullJit ? 'C1 + C2' : 'C1 only'}
Load: wallet.debit commands in-process at a target ${RATE}/s over ${WALLETS} wallets, ${SECONDS} s after a ${WARMUP} s warm-up; all on the same 2 cores
Load average ${load} at the start of the measured window, ${os.loadavg()[0]?.toFixed(1)} at its end
CPU per event, µs (measured window until every event was projected): ${cpuLine}
Threads, µs per event (busiest first):
${threadLines}
  postgres by client: ${pgPerEvent(pgBefore, pgAfter, sent)}${statementLines}
Achieved ${achieved} events/s committed; projection lag over the last ${Math.min(sent, 10_000)} events (commit → projected):

| p50 ms | p95 ms | p99 ms |
|---|---|---|
| ${q('0.5')} | ${q('0.95')} | ${q('0.99')} |

Where the lag goes (ms since the event's transaction began; p50 / p95 / p99 over the same events):
${stageTable(relayText, text, commits)}`);
} finally {
  for (const step of cleanup.reverse()) await step().catch(() => {});
}
