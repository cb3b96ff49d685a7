'use client';

import type { RouterInputs } from '@healthpay/api';
import { DocumentUploadField, FormActions, parseAmount, TextField, useCommandForm, type UploadedDocument } from '@healthpay/ui';
import { useState, type FormEvent } from 'react';
import { refreshUntil } from './refresh-until';
import { useInsuranceText } from './use-insurance-text';

type ResubmitInput = RouterInputs['insurance']['resubmit'];

/** A returned claim, corrected: a new amount and/or new documents (which replace the earlier ones). */
export function ResubmitForm({ cardId, claimId, onDone }: { cardId: string; claimId: string; onDone: () => void }) {
  const { t, locale, errorText, uploadLabels } = useInsuranceText();
  const form = useCommandForm({ fields: ['amount'], mutate: (c, input: ResubmitInput, o) => c.insurance.resubmit.mutate(input, o), errorText });
  const { trpc, queryClient } = form;
  const [amount, setAmount] = useState('');
  const [documents, setDocuments] = useState<UploadedDocument[]>([]);
  const [uploading, setUploading] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (uploading) return;
    const parsed = amount.trim() ? parseAmount(amount) : null;
    if (!form.valid({ amount: parsed && !parsed.ok ? t('form.amountInvalid') : undefined })) return;
    form.send(
      { cardId, claimId, ...(parsed?.ok && { amount: parsed.piasters }), ...(documents.length > 0 && { documentIds: documents.map((d) => d.documentId) }) },
      {
        success: t('form.resubmitted'),
        onDone: (claim) =>
          void (async () => {
            await refreshUntil(
              () => queryClient.fetchQuery({ ...trpc.insurance.mine.queryOptions({ status: 'all', limit: 20 }), staleTime: 0, retry: false }),
              (page) => page.items.some((c) => c.claimId === claim.claimId && c.revision === claim.revision),
            );
            await queryClient.invalidateQueries(trpc.insurance.mine.pathFilter());
            onDone();
          })(),
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('form.resubmitHeading')} className="mt-3 space-y-3 rounded-xl border border-slate-200 p-3">
      <TextField label={t('form.resubmitAmount')} inputMode="decimal" autoComplete="off" {...form.bind('amount', amount, setAmount)} />
      <p className="text-xs text-slate-600">{t('form.resubmitDocuments')}</p>
      <DocumentUploadField value={documents} onChange={setDocuments} labels={uploadLabels} locale={locale} disabled={form.isPending} onBusyChange={setUploading} />
      <FormActions go={t('form.resubmit')} cancel={t('form.cancel')} busy={form.isPending || uploading} onCancel={onDone} />
    </form>
  );
}
