'use client';

import type { RouterOutputs } from '@healthpay/api';
import { copayCodeForm } from '@healthpay/api/copay-code';
import { Button, englishErrorMessages, errorInfo, isClientError, TextField, toast, useSubmissionKey, useTRPCClient, withIdempotencyKey } from '@healthpay/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';

type CopayView = RouterOutputs['copay']['confirm'];

/** Why a code was refused, for the code field. */
function codeErrorText(code: string, details: Record<string, unknown>): string {
  if (code === 'COPAY_CODE_INVALID') {
    const left = typeof details.attemptsLeft === 'number' ? details.attemptsLeft : 0;
    return left > 0
      ? `Wrong code. ${left} ${left === 1 ? 'try' : 'tries'} left.`
      : 'No tries left for this code. Send a new code, or collect the amount in cash.';
  }
  if (code === 'VALIDATION_FAILED') return 'The code is 6 digits.';
  return englishErrorMessages[code as keyof typeof englishErrorMessages] ?? englishErrorMessages.REFUSED;
}

/**
 * The code the patient reads from their SMS. The same zod schema as `copay.confirm` checks it here
 * (6 digits; spaces and Arabic digits are fine). A retry after no answer resends the same Idempotency-Key.
 */
export function CopayCodeForm({ collectionId, onSettled }: { collectionId: string; onSettled: (view: CopayView | null) => void }) {
  const client = useTRPCClient();
  const submission = useSubmissionKey();
  const form = useForm({ resolver: zodResolver(copayCodeForm), defaultValues: { code: '' } });
  const confirm = useMutation({
    mutationFn: (code: string) => client.copay.confirm.mutate({ collectionId, code }, withIdempotencyKey(submission.key())),
  });

  const submit = form.handleSubmit(({ code }) =>
    confirm.mutate(code, {
      onSuccess: (view) => {
        submission.reset();
        onSettled(view);
      },
      onError: (error) => {
        const info = errorInfo(error);
        if (!isClientError(error)) {
          // No answer: the copay may be taken. Confirming again is safe (same key, one capture).
          toast.error(englishErrorMessages[info.code]);
          return;
        }
        submission.reset();
        // Expired or settled meanwhile (e.g. approved in the app): the screen shows the new status.
        if (info.code === 'COPAY_CODE_EXPIRED' || info.code === 'COPAY_CLOSED') return onSettled(null);
        form.setError('code', { message: codeErrorText(info.code, info.details) }, { shouldFocus: true });
      },
    }),
  );

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label="Code from the patient" className="flex flex-col gap-3 sm:flex-row sm:items-start">
      <div className="sm:w-56">
        <TextField
          label="Code from the patient's SMS"
          hint="6 digits"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          dir="ltr"
          maxLength={12}
          error={form.formState.errors.code?.message}
          {...form.register('code', { onChange: () => submission.reset() })}
        />
      </div>
      <Button type="submit" className="sm:mt-[1.625rem]" loading={confirm.isPending}>
        Confirm code
      </Button>
    </form>
  );
}
