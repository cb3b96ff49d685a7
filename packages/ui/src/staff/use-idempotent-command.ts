'use client';

import { useMutation } from '@tanstack/react-query';
import { toast } from '../components/toaster';
import { englishMessageFor, errorInfo, isClientError, type ErrorInfo } from '../errors';
import { useSubmissionKey } from '../use-submission-key';

export interface CommandOptions<R> {
  /** The toast on success (the result can name what changed). */
  success: string | ((result: R) => string);
  onDone?: (result: R) => void;
  /** The server refused the command as it stands (4xx): show its field errors, etc. */
  onRefused?: (info: ErrorInfo) => void;
}

export interface IdempotentCommandConfig<I, R> {
  /** Sends the command with the attempt's Idempotency-Key (see `withIdempotencyKey`). */
  run: (input: I, idempotencyKey: string) => Promise<R>;
  /** An error in the viewer's language; English by default. */
  errorText?: (error: unknown) => string;
  /** After success and the toast: e.g. show the record's new state and refetch read models. */
  afterSuccess?: (result: R) => Promise<unknown> | void;
}

/**
 * What a failed attempt means for the next one: refused as it stands (4xx), a corrected submission is a new one
 * (new key, and the refusal's details for the form); no answer or a server fault, retrying reuses the key.
 */
export function commandFailure(error: unknown): { renewKey: false } | { renewKey: true; refusal: ErrorInfo } {
  return isClientError(error) ? { renewKey: true, refusal: errorInfo(error) } : { renewKey: false };
}

/**
 * One staff command: an Idempotency-Key per attempt (kept while the same submission is retried after no
 * answer, renewed after success, a refusal or an edit), a toast on success and on error.
 */
export function useIdempotentCommand<I, R>({ run, errorText = englishMessageFor, afterSuccess }: IdempotentCommandConfig<I, R>) {
  const submission = useSubmissionKey();
  const mutation = useMutation({ mutationFn: (input: I) => run(input, submission.key()) });
  const send = (input: I, opts: CommandOptions<R>) =>
    mutation.mutate(input, {
      onSuccess: async (result) => {
        toast.success(typeof opts.success === 'string' ? opts.success : opts.success(result));
        submission.reset();
        opts.onDone?.(result);
        await afterSuccess?.(result);
      },
      onError: (error) => {
        toast.error(errorText(error));
        const failure = commandFailure(error);
        if (failure.renewKey) {
          submission.reset();
          opts.onRefused?.(failure.refusal);
        }
      },
    });
  return { send, isPending: mutation.isPending, changed: submission.reset };
}
