import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener } from 'node:http';
import { isRequestId, withRequestId } from '@healthpay/config/log';
import type { TrustedProxies } from './client-address';

/**
 * The request's id: the incoming `X-Request-Id` only when a trusted proxy sent it (the peer is in
 * HP_TRUSTED_PROXIES) and it is one plain id (REQUEST_ID_PATTERN); otherwise a new UUID, so a client cannot
 * choose the id that ties log lines and events together.
 */
export function requestIdOf(peer: string | undefined, incoming: string | string[] | undefined, proxies: TrustedProxies): string {
  const trusted = peer !== undefined && proxies.trusts(peer);
  return trusted && isRequestId(incoming) ? incoming : randomUUID();
}

/**
 * Gives every request its id before anything else runs: set as the request's `x-request-id` header (the API
 * reads it into its context and the events' metadata) and echoed on the response. With `asyncContext` (the
 * default: the Next portals, whose own code and Auth.js log without the request at hand) the id is also on every
 * log line written while the request is handled, through an AsyncLocalStorage. Without it (services/api) no
 * AsyncLocalStorage is entered, so no promise of the request pays for its hooks; the API's lines take the id
 * from the request they are about (`requestLog`). A predicate chooses per request: the portals enter it for what Next
 * answers, not for their tRPC calls, which run the API's code as services/api does.
 */
export function withRequestIds(app: RequestListener, proxies: TrustedProxies, asyncContext: AsyncRequestContext = true): RequestListener {
  return (req, res) => {
    const id = requestIdOf(req.socket.remoteAddress, req.headers['x-request-id'], proxies);
    req.headers['x-request-id'] = id;
    res.setHeader('x-request-id', id);
    return asyncContext === true || (asyncContext !== false && asyncContext(req)) ? withRequestId(id, () => app(req, res)) : app(req, res);
  };
}

/** Whether a request's id is kept in an AsyncLocalStorage while it runs: always, never, or per request. */
export type AsyncRequestContext = boolean | ((req: IncomingMessage) => boolean);
