import type autocannon from 'autocannon';
import { Latencies, percentile } from './lean-load/latencies';
import { leanLoad, type LeanLoadOptions } from './lean-load/lean-load';
import { sendFrom } from './request-bytes';

/**
 * The benches' load generator, chosen by BENCH_LOADER: `lean` (default; scripts/bench/lean-load: node:net, a minimal
 * response parser, every latency kept) or `autocannon` (8.x, the bytes still built by request-bytes.ts). Both send
 * `next()`'s bytes with one request in flight per connection, and both report percentiles computed exactly from every
 * answer's time (any status); req/s is autocannon's mean of its per-second counts, or lean's answers ÷ seconds.
 */
export type LoaderName = 'lean' | 'autocannon';
const DEFAULT_LOADER: LoaderName = 'lean';

export function loaderName(): LoaderName {
  const name = process.env.BENCH_LOADER ?? DEFAULT_LOADER;
  if (name !== 'lean' && name !== 'autocannon') throw new Error(`BENCH_LOADER is lean or autocannon, not ${name}`);
  return name;
}

/** What leanLoad takes, with the target as a URL (http://host:port; each request's path is in its own bytes). */
export type LoaderRun = Omit<LeanLoadOptions, 'host' | 'port' | 'timeoutMs'> & { url: string };

export interface LoaderResult {
  loader: LoaderName;
  rps: number;
  total: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Every answer's time (ms), ascending. */
  latencies: Float64Array;
  p50: number;
  p95: number;
  p97_5: number;
  p99: number;
}

export async function runLoader(run: LoaderRun, name: LoaderName = loaderName()): Promise<LoaderResult> {
  const target = new URL(run.url);
  if (name === 'lean') {
    const r = await leanLoad({ host: target.hostname, port: Number(target.port || 80), connections: run.connections, seconds: run.seconds, amount: run.amount, next: run.next, onResponse: run.onResponse });
    if (r.errorReasons.length > 0) console.error(`[lean-load] ${r.errors} errors: ${r.errorReasons.join('; ')}`);
    return { loader: name, rps: r.rps, total: r.total, ok: r.ok, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, latencies: r.latencies, p50: r.p50, p95: r.p95, p97_5: r.p97_5, p99: r.p99 };
  }
  // Loaded only when chosen: its start-up (hdr-histogram's WebAssembly) is the generator's CPU too.
  const { default: autocannonRun } = await import('autocannon');
  const latencies = new Latencies();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannonRun({
      url: `${target.protocol}//${target.host}`,
      connections: run.connections,
      ...(run.amount !== undefined ? { amount: run.amount } : { duration: run.seconds }),
      setupClient: sendFrom(run.next),
      // Never sent while sendFrom is in place; were it not, this path is no procedure and shows as non-2xx.
      requests: [{ method: 'GET', path: '/bench.unrotated' }],
    }, (error, r) => (error ? reject(error as Error) : resolve(r))).on('response', (_c: unknown, status: number, _bytes: number, ms: number) => {
      latencies.add(ms);
      run.onResponse?.(status, ms);
    });
  });
  const sorted = latencies.sorted();
  return {
    loader: name, rps: result.requests.average, total: result.requests.total, ok: result['2xx'], non2xx: result.non2xx,
    errors: result.errors, timeouts: result.timeouts, latencies: sorted,
    p50: percentile(sorted, 50), p95: percentile(sorted, 95), p97_5: percentile(sorted, 97.5), p99: percentile(sorted, 99),
  };
}
