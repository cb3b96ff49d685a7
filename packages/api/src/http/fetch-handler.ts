import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { Portal } from '../auth/dev-actor';
import { createContext } from '../context';
import { appRouter } from '../root';
import { defaultServices } from '../services/services';

/** The API as a Fetch handler: each portal mounts it at /api/trpc/[trpc] (GET and POST). */
export const trpcFetchHandler = (portal: Portal) => (req: Request) =>
  fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () => createContext(defaultServices(), req.headers, portal),
  });
