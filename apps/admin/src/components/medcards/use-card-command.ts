'use client';

import type { RouterOutputs } from '@healthpay/api';
import { englishMessageFor, errorInfo, isClientError, toast, useMedCardRefresh, useSubmissionKey, type ErrorInfo } from '@healthpay/ui';
import { useMutation } from '@tanstack/react-query';

export type CardSnapshot = RouterOutputs['medcard']['changeStatus'];

/**
 * One staff action on a card: an Idempotency-Key per submission (kept while the same submission is
 * retried after no answer), a toast, the card's new state shown at once and the read models refetched.
 */
export function useCardCommand<I>(run: (input: I, idempotencyKey: string) => Promise<CardSnapshot>) {
  const submission = useSubmissionKey();
  const refresh = useMedCardRefresh();
  const mutation = useMutation({ mutationFn: (input: I) => run(input, submission.key()) });
  const send = (
    input: I,
    opts: { success: string | ((card: CardSnapshot) => string); onDone?: (card: CardSnapshot) => void; onRefused?: (info: ErrorInfo) => void },
  ) =>
    mutation.mutate(input, {
      onSuccess: async (card) => {
        toast.success(typeof opts.success === 'string' ? opts.success : opts.success(card));
        submission.reset();
        opts.onDone?.(card);
        await refresh(card);
      },
      onError: (error) => {
        toast.error(englishMessageFor(error));
        // Refused as it stands: a corrected submission is a new one. No answer: retrying reuses the key.
        if (isClientError(error)) {
          submission.reset();
          opts.onRefused?.(errorInfo(error));
        }
      },
    });
  return { send, isPending: mutation.isPending, changed: submission.reset };
}
