import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { createContext } from '../context';
import { appRouter } from '../root';
import { subscriptionRefusals } from '../live/subscription-refusal';
import type { Services } from '../services/services';
import { retryAfterOf } from './fetch-handler';
import { nodeTrpc } from './node-trpc/node-trpc';

const refusals = subscriptionRefusals();

/** tRPC's own Node adapter (it converts every request to Fetch): batches, subscriptions, and the yardstick in specs. */
export const trpcNodeAdapter = (services: Services, basePath = '/') =>
  createHTTPHandler({
    router: appRouter,
    basePath,
    createContext: ({ req }) => createContext(services, new Headers(req.headers as Record<string, string>)),
    // A refused subscription (live.changes without a session) answers 401/403, not a 200 stream.
    onError: refusals.onError,
    // Answers carry personal data: never stored by a browser or a shared cache.
    responseMeta: ({ errors, ctx, type }) => ({ status: refusals.statusOf({ type, ctx }), headers: { 'cache-control': 'no-store', ...retryAfterOf(errors) } }),
  });

/**
 * The API on Node's http server (services/api, benchmarks, tests, any host that is not a Next.js app).
 * `basePath` is the prefix before the procedure name (services/api serves tRPC at `/api/trpc/`, like a portal).
 * Single queries and mutations skip tRPC's Fetch conversions (node-trpc.ts); the rest is tRPC's own adapter.
 */
export function nodeHttpHandler(services: Services, basePath = '/') {
  const trpc = trpcNodeAdapter(services, basePath);
  const fast = nodeTrpc({ prefix: basePath, vary: 'trpc-accept, accept', createContext: (_req, headers) => createContext(services, headers) });
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (!fast(req, res)) trpc(req, res);
  };
}

export { nodeFetchListener } from './fetch-on-node';
