import type { IncomingMessage, ServerResponse } from 'node:http';
import { healthHandler, livenessHandler, readinessHandler } from '../health/health-handlers';
import { applySecurityHeaders, requestSecurity, securitySettingsFromEnv } from './security/request-security';

const PROBES = new Map<string, () => Promise<Response>>([
  ['/health', healthHandler],
  ['/api/health/liveness', livenessHandler],
  ['/api/health/readiness', readinessHandler],
]);

/**
 * A portal's health probes straight on Node's http server. A probe should be the cheapest request a portal answers;
 * through Next's request pipeline liveness cost ~1.7 ms of CPU (a tRPC call on the Node path ~0.3). Same handlers and
 * security headers as the Next routes (apps/<portal>/src/app/health and app/api/health), which stay for `next dev`.
 * Returns null for anything that is not a GET or HEAD of a probe: the caller hands that request on.
 */
export function portalProbeListener(): (req: IncomingMessage, res: ServerResponse) => Promise<void> | null {
  const settings = securitySettingsFromEnv();
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null;
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    const probe = PROBES.get(path);
    if (!probe) return null;
    return probe().then(async (response) => {
      applySecurityHeaders(response.headers, requestSecurity(settings), path);
      const body = Buffer.from(await response.arrayBuffer());
      res.statusCode = response.status;
      response.headers.forEach((value, name) => res.setHeader(name, value));
      res.setHeader('content-length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  };
}
