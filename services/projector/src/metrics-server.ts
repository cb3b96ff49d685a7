import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { metricsRegistry, serveMetrics } from '@healthpay/config/metrics';
import type { LagRecorder } from './lag';
import type { StageTimes } from './stage-times';

/**
 * GET /metrics (Prometheus text): this process's registry (prom-client: projection lag and position, consumer
 * lag, pool, process) plus the lag summary and (scaled mode) its split by stage, which the pipeline benchmark reads;
 * POST /metrics/reset forgets both.
 * Loopback only by default.
 */
export function startMetricsServer(port: number, lag: LagRecorder, host = '127.0.0.1', stages?: StageTimes): Promise<Server> {
  return serveMetrics(port, host, summaryRoutes(stages ? [lag, stages] : [lag]));
}

/** What a summary kept in memory offers the benchmark: its Prometheus text and a reset. */
export interface Summary {
  prometheus(): string;
  reset(): void;
}

/** GET /metrics: the registry with the summaries after it; POST /metrics/reset forgets the summaries. */
export function summaryRoutes(summaries: readonly Summary[]): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (req.url === '/metrics' && req.method === 'GET') {
      const registry = metricsRegistry();
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(text + summaries.map((s) => s.prometheus()).join('')),
        () => res.writeHead(500).end(),
      );
      return true;
    }
    if (req.url === '/metrics/reset' && req.method === 'POST') {
      for (const s of summaries) s.reset();
      res.writeHead(204).end();
      return true;
    }
    return false;
  };
}
