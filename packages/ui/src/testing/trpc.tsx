import type { AppRouter } from '@healthpay/api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, TRPCClientError, type Operation, type TRPCLink } from '@trpc/client';
import { observable, type Observer } from '@trpc/server/observable';
import type { ReactNode } from 'react';
import { TRPCProvider } from '../trpc';

/** One call the component made: `wallet.get`, query/mutation/subscription, its input. */
export type SentOperation = Pick<Operation, 'path' | 'type' | 'input'>;

/**
 * The kit's tRPC context with the server replaced: queries and mutations get `answer`'s value (a throw is the
 * server's refusal), subscriptions stay open until the test `emit`s on them. Everything between the component
 * and the link (React Query, the tRPC client and its hooks) is the real one.
 */
export function fakeTrpc(answer: (op: SentOperation) => unknown = () => undefined) {
  const sent: SentOperation[] = [];
  const open = new Map<string, Observer<unknown, unknown>>();
  const link: TRPCLink<AppRouter> = () => ({ op }) =>
    observable((observer) => {
      sent.push({ path: op.path, type: op.type, input: op.input });
      if (op.type === 'subscription') {
        open.set(op.path, observer as Observer<unknown, unknown>);
        return () => open.delete(op.path);
      }
      Promise.resolve()
        .then(() => answer(op))
        .then(
          (data) => {
            observer.next({ result: { type: 'data', data } });
            observer.complete();
          },
          (error: unknown) => observer.error(TRPCClientError.from(error instanceof Error ? error : new Error(String(error)))),
        );
      return () => undefined;
    });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const client = createTRPCClient<AppRouter>({ links: [link] });
  const Provider = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={client} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
  /** Sends one event on an open subscription (e.g. `live.changes`). */
  const emit = (path: string, data: unknown) => open.get(path)?.next({ result: { type: 'data', data } });
  return { Provider, queryClient, sent, emit, isOpen: (path: string) => open.has(path) };
}
