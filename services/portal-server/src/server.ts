import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { clientAddress, type TrustedProxies } from './client-address';
import { observed } from './http-metrics';
import { withRequestIds, type AsyncRequestContext } from './request-id';
import { bodyRefusal, pathRefusal, type Refusal } from './request-guard';

/** Headers only a trusted proxy may set; from anyone else they are dropped before the app sees them. */
const PROXY_HEADERS = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'] as const;

function refuse(req: IncomingMessage, res: ServerResponse, path: string, refusal: Refusal): void {
  const api = path.startsWith('/api/');
  const body = api ? JSON.stringify({ error: { code: refusal.code, message: refusal.message } }) : `${refusal.message}\n`;
  const answer = () => {
    if (res.writableEnded) return;
    res.writeHead(refusal.status, {
      'content-type': api ? 'application/json' : 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'close',
    });
    res.end(body);
  };
  // The body is never parsed or kept: what the client is still sending is read and thrown away, so clients that
  // write the whole body before reading (most do) get the answer instead of a broken pipe; past a bound the
  // connection is cut.
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > MAX_DRAIN) req.socket.destroy();
  });
  req.on('end', answer);
  req.on('error', () => req.socket.destroy());
  if (req.readableEnded || req.method === 'GET' || req.method === 'HEAD') answer();
}

/** How much of a refused body is read and thrown away before the connection is cut. */
const MAX_DRAIN = 16 * 1024 * 1024;

/**
 * What every request passes before the app: the client address settled (X-Forwarded-For rewritten to the
 * one address we vouch for), proxy headers dropped unless a trusted proxy sent them, undecodable paths and
 * oversized or unmeasured bodies refused before the app sees them (the body discarded, never parsed).
 */
export function guarded(app: RequestListener, proxies: TrustedProxies): RequestListener {
  return (req, res) => {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    const refusal = pathRefusal(path) ?? (req.method === 'GET' || req.method === 'HEAD' ? null : bodyRefusal(path, req.headers));
    if (refusal) return refuse(req, res, path, refusal);

    const peer = req.socket.remoteAddress;
    const forwarded = req.headers['x-forwarded-for'];
    const client = clientAddress(peer, Array.isArray(forwarded) ? forwarded.join(',') : forwarded, proxies);
    if (!peer || !proxies.trusts(peer)) for (const h of PROXY_HEADERS) delete req.headers[h];
    if (client) req.headers['x-forwarded-for'] = client;
    else delete req.headers['x-forwarded-for'];
    return app(req, res);
  };
}

export interface PortalServerOptions {
  port: number;
  host: string;
  proxies: TrustedProxies;
  /** METRICS_TOKEN: GET /metrics on this port answers only to it (http-metrics.ts); unset, /metrics is a 404. */
  metricsToken?: string;
  /**
   * Whether each request's id is also kept in an AsyncLocalStorage for the log lines written while it runs
   * (true by default). services/api turns it off: its lines carry the id from the request itself; the portals keep it
   * only for what Next answers (a predicate over the request).
   */
  asyncRequestContext?: AsyncRequestContext;
}

/** A Node HTTP server around a request listener (Next's, in production), with bounded header and body times. */
export function portalServer(app: RequestListener, o: PortalServerOptions): Promise<Server> {
  const server = createServer(
    { requestTimeout: 30_000, headersTimeout: 15_000, keepAliveTimeout: 5_000 },
    withRequestIds(observed(guarded(app, o.proxies), o.metricsToken), o.proxies, o.asyncRequestContext ?? true),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
