import { devActor, type Portal } from './auth/dev-actor';
import type { Actor } from './auth/actor';
import type { Services } from './services/services';

export interface Context {
  services: Services;
  actor: Actor | null;
  /** From the Idempotency-Key header, for mutations that move money. */
  idempotencyKey: string | null;
}

/** Builds the context of one request from its headers; the app passes the services in. */
export async function createContext(services: Services, headers: Headers, portal?: Portal): Promise<Context> {
  return {
    services,
    actor: await devActor(services.pool, headers, portal),
    idempotencyKey: headers.get('idempotency-key'),
  };
}
