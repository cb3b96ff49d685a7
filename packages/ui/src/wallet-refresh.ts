'use client';

import type { RouterOutputs } from '@healthpay/api';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from './trpc';

type Snapshot = RouterOutputs['wallet']['credit'];
type WalletView = RouterOutputs['wallet']['get'];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * After a command on a wallet: show the command's own result at once, wait (bounded) until the read
 * model has projected that version, then refetch every wallet query (balance, history, holds, search).
 * Read models lag the event store by a projector cycle (~100 ms); this avoids showing stale history.
 */
export function useWalletRefresh(): (snapshot: Snapshot) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async (snapshot: Snapshot) => {
      const patch = (w: WalletView): WalletView =>
        w.walletId === snapshot.walletId
          ? { ...w, status: snapshot.status, balance: snapshot.balance, held: snapshot.held, available: snapshot.available, version: snapshot.version }
          : w;
      queryClient.setQueryData(trpc.wallet.mine.queryKey(), (old) => old?.map(patch));
      queryClient.setQueryData(trpc.wallet.get.queryKey({ walletId: snapshot.walletId }), (old) => (old ? patch(old) : old));
      for (let attempt = 1; attempt <= 12; attempt++) {
        const view = await queryClient
          .fetchQuery({ ...trpc.wallet.get.queryOptions({ walletId: snapshot.walletId }), staleTime: 0, retry: false })
          .catch(() => null);
        if (view && view.version >= snapshot.version) break;
        await pause(Math.min(50 * attempt, 400));
      }
      await queryClient.invalidateQueries(trpc.wallet.pathFilter());
    },
    [trpc, queryClient],
  );
}
