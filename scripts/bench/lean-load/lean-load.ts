import { Connection } from './connection';
import { Latencies, percentile } from './latencies';

export interface LeanLoadOptions {
  host: string;
  port: number;
  connections: number;
  /** Run for this many seconds (requests in flight at the end are dropped), or… */
  seconds?: number;
  /** …send exactly this many requests and wait for each one's answer or failure. */
  amount?: number;
  /** A request unanswered this long fails (counted in errors and timeouts) and its socket is replaced. Default 10 s. */
  timeoutMs?: number;
  /** The next request's complete bytes (any connection). */
  next: () => Buffer;
  /** Each answer as it completes (ms). */
  onResponse?: (status: number, ms: number) => void;
}

export interface LeanLoadResult {
  /** Answers read completely (any status). */
  total: number;
  ok: number;
  non2xx: number;
  /** Requests that got no answer: socket errors, streams ended mid-answer, timeouts; plus sockets that failed idle. */
  errors: number;
  timeouts: number;
  seconds: number;
  /** total ÷ seconds. */
  rps: number;
  /** Every answer's time (ms), ascending. */
  latencies: Float64Array;
  p50: number;
  p95: number;
  p97_5: number;
  p99: number;
  /** The first few distinct failure reasons, to tell what went wrong. */
  errorReasons: string[];
}

/** A lean HTTP/1.1 keep-alive load: `connections` sockets, each with one request in flight (see connection.ts). */
export function leanLoad(options: LeanLoadOptions): Promise<LeanLoadResult> {
  const { seconds, amount } = options;
  if ((seconds === undefined) === (amount === undefined)) throw new Error('give seconds or amount, not both');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const latencies = new Latencies();
  let sent = 0;
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  let timeouts = 0;
  const errorReasons = new Set<string>();
  const started = performance.now();
  return new Promise((resolve) => {
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      const elapsed = (performance.now() - started) / 1000;
      clearInterval(ticker);
      clearTimeout(deadline);
      for (const c of connections) c.stop();
      const sorted = latencies.sorted();
      const total = ok + non2xx;
      resolve({
        total, ok, non2xx, errors, timeouts, seconds: elapsed, rps: total / elapsed, latencies: sorted,
        p50: percentile(sorted, 50), p95: percentile(sorted, 95), p97_5: percentile(sorted, 97.5), p99: percentile(sorted, 99),
        errorReasons: [...errorReasons],
      });
    };
    // A request failed is not sent again: it is settled, as an error.
    let failedRequests = 0;
    const settledAll = () => amount !== undefined && sent >= amount && ok + non2xx + failedRequests >= amount;
    const sink = {
      next: () => (amount !== undefined && sent >= amount ? null : (sent++, options.next())),
      answered: (status: number, ms: number) => {
        latencies.add(ms);
        if (status >= 200 && status < 300) ok++;
        else non2xx++;
        options.onResponse?.(status, ms);
        if (settledAll()) finish();
      },
      failed: (reason: string, inFlight: boolean) => {
        errors++;
        if (inFlight) failedRequests++;
        if (reason === 'timeout') timeouts++;
        if (errorReasons.size < 5) errorReasons.add(reason);
        if (settledAll()) finish();
      },
    };
    const connections = Array.from({ length: options.connections }, () => new Connection(options.host, options.port, sink));
    // One coarse clock for every connection's timeout, instead of a timer re-armed on every request.
    const ticker = setInterval(() => {
      const now = performance.now();
      for (const c of connections) if (c.sentAt !== 0 && now - c.sentAt > timeoutMs) c.timeOut();
    }, Math.max(10, Math.min(250, timeoutMs / 4)));
    const deadline = seconds !== undefined ? setTimeout(finish, seconds * 1000) : undefined;
    for (const c of connections) c.start();
    if (amount === 0) finish();
  });
}
