import os from 'node:os';
import { freePort } from '@healthpay/db/ops';
import { startProcess, stopProcess, waitForPort } from '../../stack/processes';
import { type LoaderName, runLoader } from '../loader';
import { treeCpuSeconds } from '../process-cpu';
import { requestBytes } from '../request-bytes';

/**
 * `tsx scripts/bench/lean-load/compare.ts`: both generators against the bare node:http yardstick
 * (baseline-server.ts, its own process) in A B B A order per level, so each pair shares its minutes. Prints, per run,
 * req/s, exact p50/p95/p99, errors, the generator's CPU (this process) and the server's CPU per request, load average.
 * Knobs: COMPARE_CONNECTIONS ("1,64"), COMPARE_SECONDS (5), COMPARE_ROUNDS (1: ABBA sets per level).
 */
const LEVELS = (process.env.COMPARE_CONNECTIONS ?? '1,64').split(',').map(Number);
const SECONDS = Number(process.env.COMPARE_SECONDS ?? 5);
const ROUNDS = Number(process.env.COMPARE_ROUNDS ?? 1);

const port = await freePort();
const server = startProcess('baseline', process.execPath, ['--import', 'tsx', 'scripts/bench/baseline-server.ts'], { env: { ...process.env, BENCH_PORT: String(port) }, quiet: true });
try {
  await waitForPort(port, 120_000, server);
  const bytes = requestBytes('127.0.0.1', port, { method: 'POST', path: '/', headers: { 'content-type': 'application/json' }, body: '{"json":{"amount":1}}' });
  const url = `http://127.0.0.1:${port}`;
  // Unmeasured: both generators and the server compiled and warm.
  for (const name of ['autocannon', 'lean'] as const) await runLoader({ url, connections: 8, seconds: 1, next: () => bytes }, name);
  console.log('| connections | loader | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors | generator CPU ms/req | server CPU ms/req | load avg |\n|---|---|---|---|---|---|---|---|---|---|---|');
  for (const connections of LEVELS) {
    for (let round = 0; round < ROUNDS; round++) {
      const order: LoaderName[] = round % 2 === 0 ? ['autocannon', 'lean', 'lean', 'autocannon'] : ['lean', 'autocannon', 'autocannon', 'lean'];
      for (const name of order) {
        const load = os.loadavg()[0]!.toFixed(1);
        const serverBefore = await treeCpuSeconds(server.pid ?? 0);
        const own = process.cpuUsage();
        const r = await runLoader({ url, connections, seconds: SECONDS, next: () => bytes }, name);
        const used = process.cpuUsage(own);
        const ownMs = (used.user + used.system) / 1000;
        const serverMs = ((await treeCpuSeconds(server.pid ?? 0)) - serverBefore) * 1000;
        const per = (ms: number) => (ms / Math.max(1, r.total)).toFixed(4);
        console.log(`| ${connections} | ${name} | ${Math.round(r.rps)} | ${r.p50.toFixed(3)} | ${r.p95.toFixed(3)} | ${r.p99.toFixed(3)} | ${r.non2xx} | ${r.errors} | ${per(ownMs)} | ${per(serverMs)} | ${load} |`);
      }
    }
  }
} finally {
  await stopProcess(server);
}
