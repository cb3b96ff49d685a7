import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { createContext } from '../context';
import { appRouter } from '../root';
import type { Services } from '../services/services';

/** The API on Node's http server (benchmarks, tests, and any host that is not a Next.js app). */
export const nodeHttpHandler = (services: Services) =>
  createHTTPHandler({
    router: appRouter,
    createContext: ({ req }) => createContext(services, new Headers(req.headers as Record<string, string>)),
  });

export { nodeFetchListener } from './fetch-on-node';
