import { devActor, type Portal } from './auth/dev-actor';
import { sessionActor } from './auth/session/session-actor';
import type { Actor } from './auth/actor';
import { requestInfoOf, type RequestInfo } from './identity/audit';
import type { Services } from './services/services';

/**
 * What context creation reads from a request's headers: a Fetch `Headers`, or the Node request's headers
 * read in place (http/node-headers.ts) so the Node path builds no `Headers` object per request.
 */
export type HeaderSource = Pick<Headers, 'get'>;

export interface Context {
  services: Services;
  actor: Actor | null;
  /** From the Idempotency-Key header, for mutations that move money. */
  idempotencyKey: string | null;
  /**
   * Client IP and user agent, for the audit log, and the X-Request-Id the portal server settled, for the events'
   * metadata (absent for in-process callers such as scripts).
   */
  request?: RequestInfo;
}

/**
 * Builds the context of one request from its headers; the app passes the services in. The actor is the
 * portal's Auth.js session, else (development and tests only) the dev header.
 */
export async function createContext(services: Services, headers: HeaderSource, portal?: Portal): Promise<Context> {
  const request = requestInfoOf(headers);
  // A portal user sees their own commands in the queries that follow (consistency/recent-writes.ts).
  if (portal && services.recentWrites) request.recentWrites = services.recentWrites;
  return {
    services,
    actor: (portal ? await sessionActor(services.pool, headers, portal) : null) ?? (await devActor(services.pool, headers, request.ip)),
    idempotencyKey: headers.get('idempotency-key'),
    request,
  };
}
