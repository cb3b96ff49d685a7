'use client';

import type { RouterInputs } from '@healthpay/api';
import {
  Button, DocumentUploadField, parseAmount, TextField, useCommandForm, type DocumentUploadLabels, type ErrorInfo, type FieldErrors, type UploadedDocument,
} from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { useCardErrorText, usePortalLocale } from './medcard-text';

type FileInput = RouterInputs['insurance']['file'];
const FIELDS = ['amount', 'documents', 'prescriptionId'] as const;
type Field = (typeof FIELDS)[number];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Server codes → the field they are about. */
const fieldOf: Partial<Record<string, Field>> = {
  PRESCRIPTION_NOT_FOUND: 'prescriptionId',
  INVALID_DOCUMENTS: 'documents',
  DOCUMENT_NOT_FOUND: 'documents',
  DOCUMENT_ALREADY_ATTACHED: 'documents',
  INSURANCE_AMOUNT_EXCEEDS_UNCOVERED: 'amount',
  INSURANCE_AMOUNT_ABOVE_MAXIMUM: 'amount',
};

/** File a claim with the card's insurer: the amount, the documents and, optionally, the prescription it is for. */
export function FileInsuranceClaim({ cardId, prescriptionIds, onClose }: { cardId: string; prescriptionIds: string[]; onClose: () => void }) {
  const t = useTranslations('medcards');
  const locale = usePortalLocale();
  const listId = useId();
  const form = useCommandForm({ fields: FIELDS, mutate: (c, input: FileInput, o) => c.insurance.file.mutate(input, o), errorText: useCardErrorText() });
  const { trpc, queryClient, errors, setErrors, edited } = form;
  const [amount, setAmount] = useState('');
  const [prescriptionId, setPrescriptionId] = useState('');
  const [documents, setDocuments] = useState<UploadedDocument[]>([]);
  const [uploading, setUploading] = useState(false);
  const uploadLabels: DocumentUploadLabels = {
    label: t('insurance.upload.label'),
    hint: t('insurance.upload.hint'),
    uploading: t('insurance.upload.uploading'),
    remove: t('insurance.upload.remove'),
    tooMany: t('insurance.upload.tooMany'),
    notStored: t('insurance.upload.notStored'),
    errorFor: (code) => (code === 'DOCUMENT_TOO_LARGE' || code === 'DOCUMENT_TYPE_NOT_ALLOWED' ? t(`errors.${code}`) : t('insurance.upload.failed')),
  };
  const refused = (info: ErrorInfo) => {
    const field = fieldOf[info.code];
    if (field) setErrors({ [field]: info.code === 'PRESCRIPTION_NOT_FOUND' ? t('insurance.errors.prescription') : t(`errors.${info.code as 'INVALID_DOCUMENTS'}`) });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (uploading) return;
    const next: FieldErrors<Field> = {};
    const parsed = parseAmount(amount);
    if (!parsed.ok) next.amount = t('insurance.errors.amount');
    if (documents.length === 0) next.documents = t('insurance.errors.documents');
    if (!form.valid(next) || !parsed.ok) return;
    const input = { cardId, amount: parsed.piasters, documentIds: documents.map((d) => d.documentId), ...(prescriptionId.trim() && { prescriptionId: prescriptionId.trim() }) };
    form.send(input, {
      success: t('insurance.filedToast'),
      onRefused: refused,
      onDone: (claim) => {
        onClose();
        void (async () => {
          // The queue reads a projection: wait (bounded) until it lists the new claim, then refetch.
          for (let attempt = 1; attempt <= 10; attempt++) {
            const options = trpc.insurance.queue.queryOptions({ status: 'all', cardId, limit: 50 });
            const page = await queryClient.fetchQuery({ ...options, staleTime: 0, retry: false }).catch(() => null);
            if (page?.items.some((c) => c.claimId === claim.claimId)) break;
            await pause(100 * attempt);
          }
          await queryClient.invalidateQueries(trpc.insurance.pathFilter());
        })();
      },
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('insurance.form')} className="mb-4 space-y-3 rounded-xl border border-slate-200 p-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t('insurance.amount')} inputMode="decimal" autoComplete="off" error={errors.amount} value={amount} onChange={(e) => (setAmount(e.target.value), edited())} />
        <TextField
          label={t('insurance.prescriptionId')}
          list={listId}
          autoComplete="off"
          dir="ltr"
          error={errors.prescriptionId}
          value={prescriptionId}
          onChange={(e) => (setPrescriptionId(e.target.value), edited())}
        />
        <datalist id={listId}>
          {prescriptionIds.map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
      </div>
      <DocumentUploadField value={documents} onChange={(next) => (setDocuments(next), edited())} labels={uploadLabels} locale={locale} error={errors.documents} disabled={form.isPending} onBusyChange={setUploading} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={form.isPending} disabled={uploading}>
          {t('insurance.submit')}
        </Button>
        <Button variant="secondary" disabled={form.isPending} onClick={onClose}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
