'use client';

import type { RouterInputs } from '@healthpay/api';
import { Card, DocumentUploadField, errorInfo, FormActions, formatDate, formatMoney, isClientError, parseAmount, SelectField, TextField, toast, type UploadedDocument, useSubmissionKey, useTRPC, useTRPCClient, withIdempotencyKey } from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { refreshUntil } from './refresh-until';
import { useInsuranceText } from './use-insurance-text';

type FileInput = RouterInputs['insurance']['file'];
type Field = 'prescription' | 'amount' | 'documents';

/**
 * Files a claim for a prescription this pharmacy dispensed: the patient's uncovered share is the most it may
 * ask for (the server enforces it; the hint says it). Documents are uploaded as they are picked.
 */
export function FileInsuranceForm({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  const { t, locale, errorText, uploadLabels } = useInsuranceText();
  // The pharmacy's latest 100 claims: insurance is filed for recent dispensing.
  const claims = useQuery(trpc.claims.byPharmacy.queryOptions({ limit: 100 }));
  const eligible = (claims.data?.items ?? []).filter((c) => (c.status === 'approved' || c.status === 'partial') && c.submitted > c.benefit);
  const [choice, setChoice] = useState('');
  const [amount, setAmount] = useState('');
  const [documents, setDocuments] = useState<UploadedDocument[]>([]);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const chosen = eligible.find((c) => `${c.cardId}|${c.prescriptionId}` === choice);
  const file = useMutation({ mutationFn: (input: FileInput) => client.insurance.file.mutate(input, withIdempotencyKey(submission.key())) });

  const edited = () => {
    setErrors({});
    submission.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (uploading) return;
    const parsed = parseAmount(amount);
    const next: typeof errors = {};
    if (!chosen) next.prescription = t('form.prescriptionRequired');
    if (!parsed.ok) next.amount = t('form.amountInvalid');
    if (documents.length === 0) next.documents = t('form.documentsRequired');
    setErrors(next);
    if (!chosen || !parsed.ok || Object.keys(next).length > 0) return;
    file.mutate(
      { cardId: chosen.cardId, prescriptionId: chosen.prescriptionId, amount: parsed.piasters, documentIds: documents.map((d) => d.documentId) },
      {
        onSuccess: async (claim) => {
          toast.success(t('form.filed'));
          submission.reset();
          await refreshUntil(
            () => queryClient.fetchQuery({ ...trpc.insurance.mine.queryOptions({ status: 'all', limit: 20 }), staleTime: 0, retry: false }),
            (page) => page.items.some((c) => c.claimId === claim.claimId),
          );
          await queryClient.invalidateQueries(trpc.insurance.mine.pathFilter());
          onDone();
        },
        onError: (error) => {
          if (isClientError(error)) submission.reset();
          const message = errorText(error);
          const code: string = errorInfo(error).code;
          if (code.startsWith('INSURANCE_AMOUNT')) setErrors({ amount: message });
          else if (code.startsWith('DOCUMENT')) setErrors({ documents: message });
          else toast.error(message);
        },
      },
    );
  };

  return (
    <Card title={t('form.heading')}>
      <form noValidate onSubmit={submit} aria-label={t('form.heading')} className="space-y-3">
        <SelectField
          label={t('form.prescription')}
          value={choice}
          error={errors.prescription}
          hint={eligible.length === 0 && !claims.isPending ? t('form.noPrescriptions') : undefined}
          onChange={(e) => {
            setChoice(e.target.value);
            edited();
          }}
        >
          <option value="">{t('form.choose')}</option>
          {eligible.map((c) => (
            <option key={`${c.cardId}|${c.prescriptionId}`} value={`${c.cardId}|${c.prescriptionId}`}>
              {t('form.option', { prescriptionId: c.prescriptionId, cardId: c.cardId, date: formatDate(c.decidedAt, locale) })}
            </option>
          ))}
        </SelectField>
        {chosen ? (
          <p className="text-sm text-slate-600">
            {t('form.uncovered', { amount: formatMoney(chosen.submitted - chosen.benefit, locale) })}
          </p>
        ) : null}
        <TextField
          label={t('form.amount')}
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          error={errors.amount}
          onChange={(e) => {
            setAmount(e.target.value);
            edited();
          }}
        />
        <DocumentUploadField
          value={documents}
          onChange={(next) => {
            setDocuments(next);
            edited();
          }}
          labels={uploadLabels}
          locale={locale}
          error={errors.documents}
          disabled={file.isPending}
          onBusyChange={setUploading}
        />
        <FormActions go={t('form.submit')} cancel={t('form.cancel')} busy={file.isPending || uploading} onCancel={onDone} />
      </form>
    </Card>
  );
}
