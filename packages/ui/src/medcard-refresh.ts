'use client';

import type { RouterOutputs } from '@healthpay/api';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from './trpc';

type Snapshot = RouterOutputs['medcard']['changeStatus'];
type CardDetail = RouterOutputs['medcard']['get'];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * After a command on a MedCard: show the command's own result at once, wait (bounded) until the read
 * model has projected that version, then refetch every MedCard query (card, members, claims, insurance).
 */
export function useMedCardRefresh(): (snapshot: Snapshot) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async (snapshot: Snapshot) => {
      const { cardId } = snapshot;
      queryClient.setQueryData(trpc.medcard.get.queryKey({ cardId }), (old: CardDetail | undefined) =>
        old
          ? {
              ...old,
              status: snapshot.status,
              tier: snapshot.tier,
              monthlyLimit: snapshot.monthlyLimit,
              copaymentPercent: snapshot.copaymentPercent,
              insurance: snapshot.insurance,
              expiresAt: snapshot.expiresAt,
              benefitUsed: snapshot.benefitUsed,
              remainingBenefit: snapshot.remainingBenefit,
              version: snapshot.version,
              beneficiaries: snapshot.beneficiaries,
            }
          : old,
      );
      for (let attempt = 1; attempt <= 12; attempt++) {
        const view = await queryClient
          .fetchQuery({ ...trpc.medcard.get.queryOptions({ cardId }), staleTime: 0, retry: false })
          .catch(() => null);
        if (view && view.version >= snapshot.version) break;
        await pause(Math.min(50 * attempt, 400));
      }
      await Promise.all([
        queryClient.invalidateQueries(trpc.medcard.pathFilter()),
        queryClient.invalidateQueries(trpc.beneficiaries.pathFilter()),
        queryClient.invalidateQueries(trpc.claims.pathFilter()),
        queryClient.invalidateQueries(trpc.insurance.pathFilter()),
      ]);
    },
    [trpc, queryClient],
  );
}
