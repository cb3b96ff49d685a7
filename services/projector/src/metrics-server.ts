import type { Server } from 'node:http';
import { metricsRegistry, serveMetrics } from '@healthpay/config/metrics';
import type { LagRecorder } from './lag';

/**
 * GET /metrics (Prometheus text): this process's registry (prom-client: projection lag and position, consumer
 * lag, pool, process) plus the lag summary the pipeline benchmark reads; POST /metrics/reset forgets that summary.
 * Loopback only by default.
 */
export function startMetricsServer(port: number, lag: LagRecorder, host = '127.0.0.1'): Promise<Server> {
  return serveMetrics(port, host, (req, res) => {
    if (req.url === '/metrics' && req.method === 'GET') {
      const registry = metricsRegistry();
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(text + lag.prometheus()),
        () => res.writeHead(500).end(),
      );
      return true;
    }
    if (req.url === '/metrics/reset' && req.method === 'POST') {
      lag.reset();
      res.writeHead(204).end();
      return true;
    }
    return false;
  });
}
