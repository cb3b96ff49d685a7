import type { RequestListener } from 'node:http';
import { bearerMatches, recordHttpRequest, writeMetrics } from '@healthpay/config/metrics';

/** Exact paths worth their own series (provider callbacks are watched by the payments alerts). */
const EXACT = new Set(['/health', '/api/health/liveness', '/api/health/readiness', '/api/payments/paymob/callback', '/api/payments/paymob/return', '/api/payments/fawry/notify']);
/** Prefixes that name a route class; the procedure or REST template is labelled by the API itself. */
const PREFIXES = ['/api/trpc', '/api/v1', '/api/auth', '/api/payments', '/api/documents', '/_next/static', '/_next/image', '/_next'];
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The route class of a path: a small fixed set, never the raw path (ids, tokens and probes stay out of labels). */
export function routeClass(path: string): string {
  if (EXACT.has(path)) return path;
  for (const p of PREFIXES) if (path === p || path.startsWith(`${p}/`)) return p;
  if (path.startsWith('/api/')) return '/api/other';
  return 'page';
}

/**
 * Times every request (by route class, method and status) and answers GET /metrics only to
 * `Authorization: Bearer <METRICS_TOKEN>`; without a token, or with a wrong one, /metrics is a plain 404.
 */
export function observed(app: RequestListener, metricsToken?: string): RequestListener {
  return (req, res) => {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    if (path === '/metrics') {
      if (metricsToken && req.method === 'GET' && bearerMatches(req.headers.authorization, metricsToken)) return void writeMetrics(res);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('Not found\n');
      return;
    }
    const started = performance.now();
    const route = routeClass(path);
    const method = METHODS.has(req.method ?? '') ? (req.method as string) : 'other';
    // `on`, not `once`: a response finishes once, and `once` binds a wrapper per request (bench run 16).
    res.on('finish', () => recordHttpRequest(route, method, res.statusCode, (performance.now() - started) / 1000));
    return app(req, res);
  };
}
