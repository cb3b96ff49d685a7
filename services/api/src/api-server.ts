import type { Server } from 'node:http';
import type { Services } from '@healthpay/api';
// The portal server's request guards (body limits, proxy headers, path checks), metrics and drain, shared as-is.
import { drainable, portalServer, trustedProxies, type Drainable } from '@healthpay/portal-server';
import { apiRoutes } from './api-routes';

export interface ApiServerOptions {
  port: number;
  host: string;
  /** HP_TRUSTED_PROXIES entries. */
  proxies: readonly string[];
  metricsToken?: string;
}

export interface ApiServer {
  server: Server;
  requests: Drainable;
}

/**
 * One API process: Node's http server with the portal server's guards (413/411/400 before any body is read,
 * client address settled, bounded header and request times), metrics, and a drain for graceful shutdown.
 * Request ids without an AsyncLocalStorage: on Node 20 an active one hooks every promise of every request (−15 % of
 * the API's CPU per debit without it, docs/benchmarks.md, `npm run bench` run 9); the lines written about a request
 * take its id from the request itself (`requestLog` over the context's `request`, the REST handler's headers).
 */
export async function startApiServer(services: Services, o: ApiServerOptions): Promise<ApiServer> {
  const requests = drainable(apiRoutes(services));
  const server = await portalServer(requests.listener, {
    port: o.port, host: o.host, proxies: trustedProxies(o.proxies), metricsToken: o.metricsToken, asyncRequestContext: false,
  });
  return { server, requests };
}
