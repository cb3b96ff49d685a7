'use client';

import { useQueryClient, type Query } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useEffect, useRef } from 'react';
import { useTRPC } from './trpc';

/** Changes arriving within this window are refetched together (a claim moves a card, a wallet and a pharmacy). */
const SETTLE_MS = 150;

/** Everything a page shows except who is signed in: that does not change with money or claims. */
const showsRecords = (q: Query) => {
  const path = q.queryKey[0];
  return !(Array.isArray(path) && path[0] === 'session');
};

/**
 * Live updates for a signed-in portal page: the server says which of the caller's records moved (ids
 * only, already projected), and the page refetches the queries it has mounted, through their own
 * access-checked procedures. Renders nothing; mount once inside the tRPC provider.
 */
export function LiveUpdates() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  useSubscription(
    trpc.live.changes.subscriptionOptions(undefined, {
      onData: () => {
        if (timer.current) return;
        timer.current = setTimeout(() => {
          timer.current = null;
          void queryClient.invalidateQueries({ predicate: showsRecords });
        }, SETTLE_MS);
      },
    }),
  );
  return null;
}
