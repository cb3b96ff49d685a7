import type { RequestListener, ServerResponse } from 'node:http';
import { healthHandler, readinessHandler, restV1Handler, type Services } from '@healthpay/api';
import { nodeFetchListener, nodeHttpHandler } from '@healthpay/api/http';

/** Writes a Fetch Response (the small health answers) to Node's response. */
async function send(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, Object.fromEntries(response.headers)).end(body);
}

const HEALTH: Record<string, () => Promise<Response>> = {
  '/health': healthHandler,
  '/api/health': healthHandler,
  '/health/readiness': readinessHandler,
  '/api/health/readiness': readinessHandler,
};

const LIVE_HEADERS = { 'content-type': 'application/json', 'cache-control': 'no-store' };
const LIVE_BODY = JSON.stringify({ status: 'up' });

const notFound = (res: ServerResponse) =>
  res.writeHead(404, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No such endpoint' } }));

/**
 * The API's routes, at the same paths as on a portal: tRPC (`/api/trpc/<procedure>`) on tRPC's Node adapter,
 * REST v1 (`/api/v1/…`, a Fetch handler), and the health probes.
 */
export function apiRoutes(services: Services): RequestListener {
  const trpc = nodeHttpHandler(services, '/api/trpc/');
  const rest = nodeFetchListener(restV1Handler(services));
  return (req, res) => {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    if (path.startsWith('/api/trpc/')) return void trpc(req, res);
    if (path.startsWith('/api/v1/')) return void rest(req, res);
    // Liveness is probed often and checks nothing: answered here, without building a Fetch Response.
    if (path === '/health/liveness' || path === '/api/health/liveness') return void res.writeHead(200, LIVE_HEADERS).end(LIVE_BODY);
    const health = HEALTH[path];
    if (health && (req.method === 'GET' || req.method === 'HEAD')) return void health().then((r) => send(res, r));
    req.resume();
    notFound(res);
  };
}
