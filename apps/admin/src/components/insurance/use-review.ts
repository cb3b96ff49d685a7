'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import { isClientError, toast, useSubmissionKey, useTRPC, useTRPCClient, withIdempotencyKey } from '@healthpay/ui';
import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useErrorText } from '@/i18n/error-text';

export type Claim = RouterOutputs['insurance']['queue']['items'][number];
type Page = RouterOutputs['insurance']['queue'];
type Snapshot = RouterOutputs['insurance']['review'];
export type ReviewInput = RouterInputs['insurance']['review'];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The queue row after a decision, from the command's own answer (the projection follows a moment later). */
const decided = (c: Claim, s: Snapshot, reviewer: string, at: string): Claim =>
  c.claimId !== s.claimId
    ? c
    : {
        ...c,
        status: s.status,
        approvedAmount: s.approvedAmount,
        revision: s.revision,
        rejectionReason: s.rejection?.reason ?? null,
        reviewNote: s.rejection?.note || s.returnNote || null,
        reviewedBy: reviewer,
        reviewedAt: at,
        updatedAt: at,
      };

/** Record an insurer's answer once (idempotency key per attempt), show it in place, then let the lists catch up. */
export function useReview(claim: Claim) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const errorText = useErrorText('insurance');
  const submission = useSubmissionKey();
  const review = useMutation({ mutationFn: (input: ReviewInput) => client.insurance.review.mutate(input, withIdempotencyKey(submission.key())) });

  const send = (input: ReviewInput, success: string) =>
    review.mutate(input, {
      onSuccess: async (snapshot) => {
        toast.success(success);
        submission.reset();
        const me = await queryClient.fetchQuery(trpc.session.me.queryOptions()).catch(() => null);
        const now = new Date().toISOString();
        const patch = (c: Claim) => decided(c, snapshot, me?.id ?? 'you', now);
        // Show the decision in place (in every list holding this claim), then let the projection catch up.
        queryClient.setQueriesData<InfiniteData<Page> | Page>({ queryKey: trpc.insurance.queue.pathKey() }, (old) => {
          if (!old) return old;
          if ('pages' in old) return { ...old, pages: old.pages.map((p) => ({ ...p, items: p.items.map(patch) })) };
          return { ...old, items: old.items.map(patch) };
        });
        for (let attempt = 1; attempt <= 10; attempt++) {
          const page = await queryClient
            .fetchQuery({ ...trpc.insurance.queue.queryOptions({ status: 'all', cardId: claim.cardId, limit: 50 }), staleTime: 0, retry: false })
            .catch(() => null);
          if (page?.items.some((c) => c.claimId === claim.claimId && c.status === snapshot.status)) break;
          await pause(100 * attempt);
        }
        // Lists refetch when next opened; the one on screen keeps the decided row visible meanwhile.
        await queryClient.invalidateQueries({ ...trpc.insurance.queue.pathFilter(), refetchType: 'none' });
        await queryClient.invalidateQueries(trpc.medcard.pathFilter());
      },
      onError: (e) => {
        toast.error(errorText(e));
        if (isClientError(e)) submission.reset();
      },
    });

  return { send, pending: review.isPending, edited: () => submission.reset() };
}
