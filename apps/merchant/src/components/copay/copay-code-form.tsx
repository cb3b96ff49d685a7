'use client';

import type { RouterOutputs } from '@healthpay/api';
import { copayCodeForm } from '@healthpay/api/copay-code';
import { Button, errorInfo, isClientError, TextField, toast, useSubmissionKey, useTRPCClient, withIdempotencyKey } from '@healthpay/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { useErrorText } from '../text/use-error-text';

type CopayView = RouterOutputs['copay']['confirm'];


/**
 * The code the patient reads from their SMS. The same zod schema as `copay.confirm` checks it here
 * (6 digits; spaces and Arabic digits are fine). A retry after no answer resends the same Idempotency-Key.
 */
export function CopayCodeForm({ collectionId, onSettled }: { collectionId: string; onSettled: (view: CopayView | null) => void }) {
  const client = useTRPCClient();
  const submission = useSubmissionKey();
  const t = useTranslations('copay.code');
  const errorText = useErrorText();
  /** Why a code was refused, for the code field. */
  const codeErrorText = (code: string, details: Record<string, unknown>): string => {
    if (code === 'COPAY_CODE_INVALID') {
      const left = typeof details.attemptsLeft === 'number' ? details.attemptsLeft : 0;
      return left > 0 ? t('wrong', { left }) : t('noTries');
    }
    return code === 'VALIDATION_FAILED' ? t('format') : errorText(code);
  };
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
          toast.error(errorText(info.code));
          return;
        }
        submission.reset();
        // Expired or settled meanwhile (e.g. approved in the app): the screen shows the new status.
        if (info.code === 'COPAY_CODE_EXPIRED' || info.code === 'COPAY_CLOSED') return onSettled(null);
        form.setError('code', { type: 'server', message: codeErrorText(info.code, info.details) }, { shouldFocus: true });
      },
    }),
  );

  const codeError = form.formState.errors.code;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={t('form')} className="flex flex-col gap-3 sm:flex-row sm:items-start">
      <div className="sm:w-56">
        <TextField
          label={t('label')}
          hint={t('hint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          dir="ltr"
          maxLength={12}
          // The schema's own message is English: any client-side miss is the one rule, 6 digits.
          error={codeError ? (codeError.type === 'server' ? codeError.message : t('format')) : undefined}
          {...form.register('code', { onChange: () => submission.reset() })}
        />
      </div>
      <Button type="submit" className="sm:mt-[1.625rem]" loading={confirm.isPending}>
        {t('confirm')}
      </Button>
    </form>
  );
}
