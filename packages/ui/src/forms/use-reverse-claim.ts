'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from '../components/toaster';
import { withIdempotencyKey } from '../idempotency';
import { useTRPC, useTRPCClient } from '../trpc';
import { useSubmissionKey } from '../use-submission-key';

type Client = ReturnType<typeof useTRPCClient>;

/**
 * A claim reversal (the counter's `claims.reverse`, staff's `claims.staffReverse`) for `ReverseClaimForm`: one
 * Idempotency-Key per attempt, so a retry after a dropped connection gets the first answer; once done, a toast
 * (`done`) and the claims refetched. The caller words `error`.
 */
export function useReverseClaim<I>(send: (client: Client, input: I, options: ReturnType<typeof withIdempotencyKey>) => Promise<unknown>, done: string) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (input: I) => send(client, input, withIdempotencyKey(submission.key())),
    onSuccess: async () => {
      submission.reset();
      toast.success(done);
      await queryClient.invalidateQueries(trpc.claims.pathFilter());
    },
  });
}
