import { devActor, type Portal } from './auth/dev-actor';
import { sessionActor } from './auth/session/session-actor';
import type { Actor } from './auth/actor';
import { requestInfoOf, type RequestInfo } from './identity/audit';
import type { Services } from './services/services';

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
export async function createContext(services: Services, headers: Headers, portal?: Portal): Promise<Context> {
  return {
    services,
    actor: (portal ? await sessionActor(services.pool, headers, portal) : null) ?? (await devActor(services.pool, headers)),
    idempotencyKey: headers.get('idempotency-key'),
    request: requestInfoOf(headers),
  };
}
