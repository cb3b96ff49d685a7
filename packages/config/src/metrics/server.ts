import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { metricsRegistry } from './registry';

/** Writes the registry in Prometheus' text format. */
export async function writeMetrics(res: ServerResponse): Promise<void> {
  const registry = metricsRegistry();
  try {
    const body = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n');
  }
}

/**
 * GET /metrics on its own port, bound to loopback unless told otherwise (`METRICS_PORT`): a scraper on the same
 * host or pod reaches it, the Internet does not. `extra` serves other paths first (the projector's reset).
 */
export function serveMetrics(port: number, host = '127.0.0.1', extra?: (req: IncomingMessage, res: ServerResponse) => boolean): Promise<Server> {
  const server = createServer((req, res) => {
    if (extra?.(req, res)) return;
    if (req.method === 'GET' && (req.url === '/metrics' || req.url?.startsWith('/metrics?'))) return void writeMetrics(res);
    res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/** Whether `Authorization: Bearer <token>` carries exactly `token` (compared in constant time). */
export function bearerMatches(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length).trim());
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
