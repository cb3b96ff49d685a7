import { env } from '@healthpay/config';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { Portal } from '../auth/dev-actor';
import { createContext } from '../context';
import { AppError, retryAfterSecondsOf } from '../errors/app-error';
import { appRouter } from '../root';
import { subscriptionRefusals } from '../live/subscription-refusal';
import { defaultServices, type Services } from '../services/services';
import { withCors } from './security/cors';
import { csrfRefusal } from './security/csrf';

/** Retry-After for a rate-limited call (the error carries the wait in its details). */
export function retryAfterOf(errors: readonly { cause?: unknown }[]): Record<string, string> {
  const waits = errors
    .map((e) => (e.cause instanceof AppError ? retryAfterSecondsOf(e.cause) : undefined))
    .filter((s) => s !== undefined);
  return waits.length > 0 ? { 'retry-after': String(Math.max(...waits)) } : {};
}

const refusals = subscriptionRefusals();

/**
 * The API as a Fetch handler: each portal mounts it at /api/trpc/[trpc] (GET, POST and OPTIONS). Pages on
 * CORS_ORIGINS may call it with cookies; a state-changing request from anywhere else is refused (CSRF).
 */
export const trpcFetchHandler = (portal: Portal, services?: Services) =>
  withCors(
    () => ({ allowedOrigins: env().CORS_ORIGINS, credentials: true }),
    (req) =>
      fetchRequestHandler({
        endpoint: '/api/trpc',
        req,
        router: appRouter,
        createContext: () => {
          // Thrown here, the refusal goes through the error formatter like any other error (appCode CSRF_REJECTED).
          const refusal = csrfRefusal(req, { allowedOrigins: env().CORS_ORIGINS, onlyWithCookie: false });
          if (refusal) throw refusal.toTRPC();
          return createContext(services ?? defaultServices(), req.headers, portal);
        },
        // A refused subscription (live.changes without a session) answers 401/403, not a 200 stream.
        onError: refusals.onError,
        // Answers carry personal data: never stored by a browser or a shared cache.
        responseMeta: ({ errors, ctx, type }) => ({ status: refusals.statusOf({ type, ctx }), headers: { 'cache-control': 'no-store', ...retryAfterOf(errors) } }),
      }),
  );
