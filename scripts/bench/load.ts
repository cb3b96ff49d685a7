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
const nextBytes = () => {
  const { body, key } = next();
  const headers = config.idempotencyKeys ? { ...config.headers, 'idempotency-key': key } : config.headers;
  return requestBytes(target.hostname, port, { method: 'POST', path: target.pathname + target.search, headers, body });
};
const result = await runLoader({ url: config.url, connections: config.connections, seconds: config.seconds, next: nextBytes });
// The generator's own CPU (it shares the cores with the server): part of the budget of a request.
const cpu = process.cpuUsage();
const ms = (x: number) => Number(x.toFixed(2));
console.log(JSON.stringify({
  rps: result.rps, total: result.total, p50: ms(result.p50), p95: ms(result.p95), p97_5: ms(result.p97_5), p99: ms(result.p99),
  non2xx: result.non2xx, errors: result.errors, ok: result.ok, timeouts: result.timeouts, loader: result.loader,
  loaderCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, result.total),
}));
