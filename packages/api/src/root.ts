import { sessionRouter } from './routers/session/router';
import { walletRouter } from './routers/wallet/router';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  session: sessionRouter,
  wallet: walletRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
