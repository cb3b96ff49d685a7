import { appRouter, createContext, defaultServices } from '@healthpay/api';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () => createContext(defaultServices(), req.headers),
  });

export { handler as GET, handler as POST };
