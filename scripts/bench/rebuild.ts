import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import { rebuildReadModels } from '@healthpay/projector';
import { readModelFingerprints, startRebuildBench } from './rebuild-setup';

/**
 * `npm run bench:rebuild`: only the `projections:rebuild` figure, without the HTTP read bench around it. A fresh
 * embedded Postgres, the demo data and the read bench's events (BENCH_PATIENTS × (BENCH_WALLET_EVENTS +
 * BENCH_CARD_EVENTS), default 10,000 × 100 = 1,000,000), then `rebuildReadModels` BENCH_RUNS times (1) on the same
 * data. Prints events/s and the CPU per event of this process and of all Postgres processes (steadier than
 * events/s on a shared machine), and checks every run left the same read models (table fingerprints).
 * BENCH_PROFILE=1 writes a CPU profile of the last run to .tmp/profile-rebuild (`tsx scripts/bench/profile-summary.ts
 * .tmp/profile-rebuild`). BENCH_VARIANTS (`all`): comma-separated variants, each run once per BENCH_RUNS back to back,
 * for A/B on one database under the same load: `all`, `none` (the projector's own writes, indexes kept, `readFeed`), or
 * features joined by `+` (`copy`, `defer`, `feed`: see `RebuildFeatures`). BENCH_DATA_DIR keeps the cluster in that
 * folder and reuses its events on the next run (no seeding: A/B of code in separate processes).
 */
const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const VARIANTS = (process.env.BENCH_VARIANTS ?? 'all').split(',').map((v) => v.trim()).filter(Boolean);
type Features = NonNullable<NonNullable<Parameters<typeof rebuildReadModels>[1]>['features']>;
const featuresOf = (variant: string): Features => {
  const on = new Set(variant === 'all' ? ['copy', 'defer', 'feed'] : variant.split('+'));
  return { copy: on.has('copy'), deferIndexes: on.has('defer'), rawFeed: on.has('feed') };
};
const log = (l: string) => console.log(`[bench:rebuild] ${l}`);

const bench = await startRebuildBench({
  patients: PATIENTS,
  walletEvents: Number(process.env.BENCH_WALLET_EVENTS ?? 70),
  cardEvents: Number(process.env.BENCH_CARD_EVENTS ?? 30),
  // As the CLI: the feed reader and the projection groups each hold a connection.
  poolSize: 6,
  keptDir: process.env.BENCH_DATA_DIR,
});
try {
  log(`${bench.events} events in the store (${PATIENTS} patients)`);
  let first: Record<string, string> | undefined;
  for (let run = 1; run <= RUNS; run++) for (const variant of VARIANTS) {
    const profiling = process.env.BENCH_PROFILE && run === RUNS && variant === VARIANTS.at(-1);
    const session = profiling ? new Session() : undefined;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const pgBefore = await bench.postgresCpu();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const n = await rebuildReadModels(bench.pool, { features: featuresOf(variant) });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const pgCpu = (await bench.postgresCpu()) - pgBefore;
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      await mkdir('.tmp/profile-rebuild', { recursive: true });
      await writeFile(`.tmp/profile-rebuild/rebuild-${Date.now()}.cpuprofile`, JSON.stringify(profile));
      session.disconnect();
    }
    const perEvent = (s: number) => ((s * 1e6) / Math.max(1, n)).toFixed(1);
    log(`run ${run} ${variant}: ${n} events in ${seconds.toFixed(1)} s = ${Math.round(n / seconds)} events/s; CPU µs/event: node ${perEvent((cpu.user + cpu.system) / 1e6)}, postgres ${perEvent(pgCpu)}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const prints = await readModelFingerprints(bench.pool);
    if (!first) {
      first = prints;
      for (const [table, print] of Object.entries(prints)) log(`  ${table} ${print}`);
    } else if (JSON.stringify(prints) !== JSON.stringify(first)) {
      throw new Error(`run ${run} ${variant} left different read models: ${JSON.stringify(prints)}`);
    }
  }
  // The young generation's size moves Node's CPU per event by ~10 % (`projections:rebuild` sets it): say which this run had.
  const semiSpace = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].filter((a) => a.startsWith('--max-semi-space-size'));
  log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version} ${semiSpace.join(' ') || '(default semi-space)'}`);
} finally {
  await bench.close();
}
