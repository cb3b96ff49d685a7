import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { createContext } from '../context';
import { appRouter } from '../root';
import type { Services } from '../services/services';
import { retryAfterOf } from './fetch-handler';

/**
 * The API on Node's http server (services/api, benchmarks, tests, any host that is not a Next.js app).
 * `basePath` is the prefix before the procedure name (services/api serves tRPC at `/api/trpc/`, like a portal).
 */
export const nodeHttpHandler = (services: Services, basePath = '/') =>
  createHTTPHandler({
    router: appRouter,
    basePath,
    createContext: ({ req }) => createContext(services, new Headers(req.headers as Record<string, string>)),
    // Answers carry personal data: never stored by a browser or a shared cache.
    responseMeta: ({ errors }) => ({ headers: { 'cache-control': 'no-store', ...retryAfterOf(errors) } }),
  });

export { nodeFetchListener } from './fetch-on-node';
