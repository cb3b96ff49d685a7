import { readFile } from 'node:fs/promises';
import { runLoader } from './loader';
import { requestBytes } from './request-bytes';

/**
 * The load generator, in its own process (so its CPU is not the server's): `load.ts <config.json>`; BENCH_LOADER
 * picks the generator (loader.ts).
 * Sends the bodies in turn (one per request; `#N#` made unique) and prints the result as one JSON line.
 */
export interface LoadConfig {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  bodies: string[];
  /** Send a new Idempotency-Key with every request, as machine clients moving money do. */
  idempotencyKeys?: boolean;
}

const config = JSON.parse(await readFile(process.argv[2] ?? '', 'utf8')) as LoadConfig;
let n = 0;
// `#N#` in a body becomes a number no other request of this run uses (new prescriptions, drugs…).
const prefix = `${process.pid}${Date.now() % 1e6}`;
const next = () => {
  const b = config.bodies[n % config.bodies.length] ?? '';
  n++;
  return { body: b.includes('#N#') ? b.replaceAll('#N#', `${prefix}${n}`) : b, key: `bench-${prefix}-${n}` };
};
// Each send's bytes built here, as autocannon's builder writes them (request-bytes.ts), for either loader (loader.ts):
// autocannon with a `setupRequest` merges options and rebuilds every request, on the same two cores as the server.
const target = new URL(config.url);
const port = Number(target.port || 80);
const bytesOf = (body: string, headers: Record<string, string>) =>
  requestBytes(target.hostname, port, { method: 'POST', path: target.pathname + target.search, headers, body });
// Requests that differ only by their body in turn (no `#N#`, no new key each) are the same bytes every round: built once.
const fixed = config.idempotencyKeys || config.bodies.some((b) => b.includes('#N#')) ? null : config.bodies.map((b) => bytesOf(b, config.headers));
const nextBytes = fixed && fixed.length > 0 ? () => fixed[n++ % fixed.length] as Buffer : () => {
  const { body, key } = next();
  return bytesOf(body, config.idempotencyKeys ? { ...config.headers, 'idempotency-key': key } : config.headers);
};
// The generator's own CPU while it runs (it shares the cores with the server): part of the budget of a request. Not its
// start-up (tsx compiling it, 0.5–1 s of CPU before the first request: half of run 15's 0.038 ms per debit).
const startCpu = process.cpuUsage();
const result = await runLoader({ url: config.url, connections: config.connections, seconds: config.seconds, next: nextBytes });
const cpu = process.cpuUsage(startCpu);
const ms = (x: number) => Number(x.toFixed(2));
console.log(JSON.stringify({
  rps: result.rps, total: result.total, p50: ms(result.p50), p95: ms(result.p95), p97_5: ms(result.p97_5), p99: ms(result.p99),
  non2xx: result.non2xx, errors: result.errors, ok: result.ok, timeouts: result.timeouts, loader: result.loader,
  loaderCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, result.total),
}));
