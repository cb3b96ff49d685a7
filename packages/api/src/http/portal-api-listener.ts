import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { incomingMessageToRequest } from '@trpc/server/adapters/node-http';
import { env } from '@healthpay/config';
import type { Portal } from '../auth/dev-actor';
import { createContext } from '../context';
import { defaultServices, type Services } from '../services/services';
import { trpcFetchHandler } from './fetch-handler';
import { nodeTrpc } from './node-trpc/node-trpc';
import { corsHeaders } from './security/cors';
import { csrfRefusal } from './security/csrf';
import { applySecurityHeaders, requestSecurity, securitySettingsFromEnv } from './security/request-security';

/** What a portal's Next route at /api/trpc/[trpc] would receive; bodies past this are refused by the portal server first. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
export const PORTAL_API_PREFIX = '/api/trpc/';
/** A request for the portal's tRPC API (`portalApiListener`), which the portal server answers without Next. */
export const isPortalApiRequest = (req: IncomingMessage): boolean => req.url?.startsWith(PORTAL_API_PREFIX) === true;

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (!response.body) return void res.end();
  // Streamed, not buffered: live.changes answers with server-sent events that last minutes.
  const reader = response.body.getReader();
  res.once('close', () => void reader.cancel().catch(() => undefined));
  for (;;) {
    const { done, value } = await reader.read();
    if (done || res.destroyed) break;
    if (!res.write(value)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  }
  res.end();
}

/**
 * The portal's tRPC endpoint through the Fetch handler the Next route mounts (`trpcFetchHandler`: session or
 * dev actor, CSRF and CORS, `cache-control: no-store`) plus the proxy's security headers, streamed: what
 * answers batches and subscriptions (`live.changes`), and the yardstick the Node path is checked against.
 */
export function portalFetchListener(portal: Portal, services?: Services) {
  const handle = trpcFetchHandler(portal, services);
  const settings = securitySettingsFromEnv();
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const request = incomingMessageToRequest(req, res, { maxBodySize: MAX_BODY_BYTES });
    const response = await handle(request);
    applySecurityHeaders(response.headers, requestSecurity(settings), PORTAL_API_PREFIX);
    await writeResponse(response, res);
  };
}

/**
 * A portal's tRPC endpoint straight on Node's http server, without the Next request pipeline around it — which
 * costs several times what a tRPC call itself does. Single queries and mutations take the Node path
 * (node-trpc.ts: the same context, CSRF refusal, CORS and security headers, without the Fetch conversions);
 * everything else `portalFetchListener`. The portal server sends `/api/trpc/*` here; `next dev` still serves
 * the Fetch handler through its route.
 */
export function portalApiListener(portal: Portal, services?: Services) {
  const viaFetch = portalFetchListener(portal, services);
  const settings = securitySettingsFromEnv();
  const cors = () => ({ allowedOrigins: env().CORS_ORIGINS, credentials: true });
  const fast = nodeTrpc({
    prefix: PORTAL_API_PREFIX,
    maxBodyBytes: MAX_BODY_BYTES,
    vary: 'trpc-accept, accept, Origin',
    createContext(req, headers) {
      // As in trpcFetchHandler: thrown here, the refusal goes through the error formatter (CSRF_REJECTED).
      const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
      const refusal = csrfRefusal({ method: req.method ?? 'GET', url, headers }, { allowedOrigins: cors().allowedOrigins, onlyWithCookie: false });
      if (refusal) throw refusal.toTRPC();
      return createContext(services ?? defaultServices(), headers, portal);
    },
    responseHeaders: (headers) => ({ ...corsHeaders(headers.get('origin'), cors()), ...requestSecurity(settings).responseHeaders }),
  });
  return (req: IncomingMessage, res: ServerResponse): Promise<void> => fast(req, res) ?? viaFetch(req, res);
}
