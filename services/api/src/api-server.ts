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
 */
export async function startApiServer(services: Services, o: ApiServerOptions): Promise<ApiServer> {
  const requests = drainable(apiRoutes(services));
  const server = await portalServer(requests.listener, { port: o.port, host: o.host, proxies: trustedProxies(o.proxies), metricsToken: o.metricsToken });
  return { server, requests };
}
