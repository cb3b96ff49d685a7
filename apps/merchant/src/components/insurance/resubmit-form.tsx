'use client';

import type { RouterInputs } from '@healthpay/api';
import { DocumentUploadField, FormActions, isClientError, parseAmount, TextField, toast, type UploadedDocument, useSubmissionKey, useTRPC, useTRPCClient, withIdempotencyKey } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { refreshUntil } from './refresh-until';
import { useInsuranceText } from './use-insurance-text';

type ResubmitInput = RouterInputs['insurance']['resubmit'];

/** A returned claim, corrected: a new amount and/or new documents (which replace the earlier ones). */
export function ResubmitForm({ cardId, claimId, onDone }: { cardId: string; claimId: string; onDone: () => void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  const { t, locale, errorText, uploadLabels } = useInsuranceText();
  const [amount, setAmount] = useState('');
  const [documents, setDocuments] = useState<UploadedDocument[]>([]);
  const [uploading, setUploading] = useState(false);
  const [amountError, setAmountError] = useState<string>();
  const resubmit = useMutation({ mutationFn: (input: ResubmitInput) => client.insurance.resubmit.mutate(input, withIdempotencyKey(submission.key())) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (uploading) return;
    const parsed = amount.trim() ? parseAmount(amount) : null;
    if (parsed && !parsed.ok) return setAmountError(t('form.amountInvalid'));
    resubmit.mutate(
      { cardId, claimId, ...(parsed?.ok && { amount: parsed.piasters }), ...(documents.length > 0 && { documentIds: documents.map((d) => d.documentId) }) },
      {
        onSuccess: async (claim) => {
          toast.success(t('form.resubmitted'));
          await refreshUntil(
            () => queryClient.fetchQuery({ ...trpc.insurance.mine.queryOptions({ status: 'all', limit: 20 }), staleTime: 0, retry: false }),
            (page) => page.items.some((c) => c.claimId === claim.claimId && c.revision === claim.revision),
          );
          await queryClient.invalidateQueries(trpc.insurance.mine.pathFilter());
          onDone();
        },
        onError: (error) => {
          if (isClientError(error)) submission.reset();
          toast.error(errorText(error));
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('form.resubmitHeading')} className="mt-3 space-y-3 rounded-xl border border-slate-200 p-3">
      <TextField
        label={t('form.resubmitAmount')}
        inputMode="decimal"
        autoComplete="off"
        value={amount}
        error={amountError}
        onChange={(e) => {
          setAmount(e.target.value);
          setAmountError(undefined);
          submission.reset();
        }}
      />
      <p className="text-xs text-slate-600">{t('form.resubmitDocuments')}</p>
      <DocumentUploadField value={documents} onChange={setDocuments} labels={uploadLabels} locale={locale} disabled={resubmit.isPending} onBusyChange={setUploading} />
      <FormActions go={t('form.resubmit')} cancel={t('form.cancel')} busy={resubmit.isPending || uploading} onCancel={onDone} />
    </form>
  );
}
