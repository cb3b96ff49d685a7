/**
 * What other servers reuse of the portal server (`@healthpay/portal-server`; services/api serves the API behind
 * the same guards): the guarded Node server, client address and trusted proxies, request ids, metrics, drain.
 * `main.ts` (Next's handler) is not exported: importing this never loads Next.
 */
export { guarded, portalServer, type PortalServerOptions } from './server';
export { clientAddress, trustedProxies, type TrustedProxies } from './client-address';
export { drainable, type Drainable } from './drain';
export { observed, routeClass } from './http-metrics';
export { requestIdOf, withRequestIds, type AsyncRequestContext } from './request-id';
export { bodyLimitFor, bodyRefusal, pathRefusal, type BodyLimit, type Refusal } from './request-guard';
