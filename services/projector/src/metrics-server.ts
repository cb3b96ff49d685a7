import { createServer, type Server } from 'node:http';
import type { LagRecorder } from './lag';

/** GET /metrics (Prometheus text): projection lag, for monitoring; POST /metrics/reset. Loopback only by default. */
export function startMetricsServer(port: number, lag: LagRecorder, host = '127.0.0.1'): Server {
  return createServer((req, res) => {
    if (req.url === '/metrics') {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      res.end(lag.prometheus());
      return;
    }
    if (req.url === '/metrics/reset' && req.method === 'POST') {
      lag.reset();
      res.writeHead(204).end();
      return;
    }
    res.writeHead(404).end();
  }).listen(port, host);
}
