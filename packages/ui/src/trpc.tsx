'use client';

import type { AppRouter } from '@healthpay/api';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { useState, type ReactNode } from 'react';
import superjson from 'superjson';
import { isClientError, isUnauthenticated } from './errors';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

const url = '/api/trpc';

function makeTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        // Live updates: server-sent events (one GET kept open, same-origin cookies).
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url, transformer: superjson }),
        false: splitLink({
          // Mutations go one per request so each can carry its own Idempotency-Key (batched requests share headers).
          condition: (op) => op.type === 'mutation',
          true: httpLink({
            url,
            transformer: superjson,
            headers: ({ op }) => {
              const key = op.context.idempotencyKey;
              return typeof key === 'string' ? { 'Idempotency-Key': key } : {};
            },
          }),
          false: httpBatchLink({ url, transformer: superjson }),
        }),
      }),
    ],
  });
}

function makeQueryClient(signInPath: string) {
  const toSignIn = (error: unknown) => {
    if (isUnauthenticated(error) && typeof window !== 'undefined') window.location.assign(signInPath);
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: toSignIn }),
    mutationCache: new MutationCache({ onError: toSignIn }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // A 4xx will not change by asking again; network hiccups and 5xx get two more tries.
        retry: (count, error) => !isClientError(error) && count < 2,
      },
      mutations: { retry: false },
    },
  });
}

/** tRPC + React Query for a portal. `signInPath`: where to go when the session has ended. */
export function TrpcProvider({ children, signInPath }: { children: ReactNode; signInPath: string }) {
  const [queryClient] = useState(() => makeQueryClient(signInPath));
  const [trpcClient] = useState(makeTrpcClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
