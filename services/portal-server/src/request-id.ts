import { randomUUID } from 'node:crypto';
import type { RequestListener } from 'node:http';
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
 * reads it into its context and the events' metadata), echoed on the response, and on every log line written
 * while the request is handled.
 */
export function withRequestIds(app: RequestListener, proxies: TrustedProxies): RequestListener {
  return (req, res) => {
    const id = requestIdOf(req.socket.remoteAddress, req.headers['x-request-id'], proxies);
    req.headers['x-request-id'] = id;
    res.setHeader('x-request-id', id);
    return withRequestId(id, () => app(req, res));
  };
}
