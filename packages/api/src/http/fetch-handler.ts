import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createContext } from '../context';
import { appRouter } from '../root';
import { defaultServices } from '../services/services';

/** The API as a Fetch handler: each portal mounts it at /api/trpc/[trpc] (GET and POST). */
export const trpcFetchHandler = (req: Request) =>
  fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () => createContext(defaultServices(), req.headers),
  });
