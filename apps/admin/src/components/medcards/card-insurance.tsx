'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import {
  Badge,
  Button,
  Card,
  DocumentLinks,
  DocumentUploadField,
  EmptyState,
  englishErrorMessages,
  englishMessageFor,
  errorInfo,
  formatDateTime,
  insuranceStatusTone,
  isClientError,
  Money,
  Notice,
  parseAmount,
  TextField,
  toast,
  useSubmissionKey,
  useTRPC,
  useTRPCClient,
  withIdempotencyKey,
  type DocumentUploadLabels,
  type UploadedDocument,
} from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import { insuranceRejectionLabel, insuranceStatusLabel } from './labels';

type CardDetail = RouterOutputs['medcard']['get'];
type FileInput = RouterInputs['insurance']['file'];

const uploadLabels: DocumentUploadLabels = {
  label: 'Documents',
  hint: 'Invoice, prescription… PDF, JPEG or PNG, up to 5 MB each, at most 5.',
  uploading: 'Uploading…',
  remove: 'Remove all',
  tooMany: 'Attach at most 5 documents.',
  notStored: 'Name only',
  errorFor: (code) => englishErrorMessages[code as keyof typeof englishErrorMessages] ?? 'The upload failed; try again.',
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Claims with the card's insurer: their status, and a form to file one. */
export function CardInsurance({ card, prescriptionIds }: { card: CardDetail; prescriptionIds: string[] }) {
  const trpc = useTRPC();
  const claims = useQuery(trpc.insurance.queue.queryOptions({ status: 'all', cardId: card.cardId, limit: 50 }));
  const [filing, setFiling] = useState(false);
  const items = claims.data?.items ?? [];
  if (!card.insurance) return null;
  return (
    <Card
      title="Insurance claims"
      titleId="insurance-heading"
      actions={
        !filing ? (
          <Button size="sm" variant="secondary" onClick={() => setFiling(true)}>
            File a claim
          </Button>
        ) : null
      }
    >
      <p className="-mt-2 mb-3 text-sm text-slate-600">
        With {card.insurance.provider}, policy <span className="font-mono">{card.insurance.policyNumber}</span>. Review them in the{' '}
        <Link href="/insurance" className="font-medium text-teal-800 underline">
          insurance queue
        </Link>
        .
      </p>
      {filing ? <FileClaimForm cardId={card.cardId} prescriptionIds={prescriptionIds} onClose={() => setFiling(false)} /> : null}
      {claims.isPending ? (
        <div role="status" aria-label="Loading insurance claims" className="h-20 animate-pulse rounded-xl bg-slate-100" />
      ) : claims.isError ? (
        <Notice tone="error" title={englishMessageFor(claims.error)} />
      ) : items.length === 0 ? (
        <EmptyState title="No insurance claims on this card" />
      ) : (
        <ul aria-labelledby="insurance-heading" className="divide-y divide-slate-100">
          {items.map((c) => (
            <li key={c.claimId} className="flex flex-wrap items-start justify-between gap-2 py-3 text-sm">
              <div className="min-w-0">
                <p className="font-medium">
                  <Money piasters={c.amount} locale="en" />
                  {c.prescriptionId ? <span className="font-normal text-slate-600"> · prescription {c.prescriptionId}</span> : null}
                </p>
                <p className="text-xs text-slate-500">
                  Filed {formatDateTime(c.filedAt, 'en')}
                  {c.revision > 1 ? ` · revision ${c.revision}` : ''}
                </p>
                <DocumentLinks documents={c.documents} locale="en" notStored="Filed before documents were stored: name only" />
                {c.status === 'approved' && c.approvedAmount !== null ? (
                  <p className="text-xs text-emerald-800">
                    Approved <Money piasters={c.approvedAmount} locale="en" />
                  </p>
                ) : null}
                {c.status === 'rejected' && c.rejectionReason ? (
                  <p className="text-xs text-red-800">
                    {insuranceRejectionLabel[c.rejectionReason] ?? c.rejectionReason}
                    {c.reviewNote ? `: ${c.reviewNote}` : ''}
                  </p>
                ) : null}
                {c.status === 'returned' && c.reviewNote ? <p className="text-xs text-amber-800">To correct: {c.reviewNote}</p> : null}
              </div>
              <Badge tone={insuranceStatusTone(c.status)}>{insuranceStatusLabel[c.status]}</Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function FileClaimForm({ cardId, prescriptionIds, onClose }: { cardId: string; prescriptionIds: string[]; onClose: () => void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  const listId = useId();
  const [amount, setAmount] = useState('');
  const [prescriptionId, setPrescriptionId] = useState('');
  const [documents, setDocuments] = useState<UploadedDocument[]>([]);
  const [errors, setErrors] = useState<Partial<Record<'amount' | 'documents' | 'prescriptionId', string>>>({});
  const file = useMutation({ mutationFn: (input: FileInput) => client.insurance.file.mutate(input, withIdempotencyKey(submission.key())) });

  const edited = () => {
    setErrors({});
    submission.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    const parsed = parseAmount(amount);
    if (!parsed.ok) next.amount = 'Enter the amount claimed in EGP, like 123.25.';
    if (documents.length === 0) next.documents = 'Attach at least one document (invoice, prescription).';
    setErrors(next);
    if (!parsed.ok || Object.keys(next).length > 0) return;
    file.mutate(
      { cardId, amount: parsed.piasters, documentIds: documents.map((d) => d.documentId), ...(prescriptionId.trim() && { prescriptionId: prescriptionId.trim() }) },
      {
        onSuccess: async (claim) => {
          toast.success('Insurance claim filed: waiting for review');
          submission.reset();
          onClose();
          // The queue reads a projection: wait (bounded) until it lists the new claim, then refetch.
          for (let attempt = 1; attempt <= 10; attempt++) {
            const page = await queryClient
              .fetchQuery({ ...trpc.insurance.queue.queryOptions({ status: 'all', cardId, limit: 50 }), staleTime: 0, retry: false })
              .catch(() => null);
            if (page?.items.some((c) => c.claimId === claim.claimId)) break;
            await pause(100 * attempt);
          }
          await queryClient.invalidateQueries(trpc.insurance.pathFilter());
        },
        onError: (error) => {
          toast.error(englishMessageFor(error));
          if (isClientError(error)) submission.reset();
          const code = errorInfo(error).code;
          if (code === 'PRESCRIPTION_NOT_FOUND') setErrors({ prescriptionId: 'No approved prescription with this number on the card.' });
          if (code === 'INVALID_DOCUMENTS' || code === 'DOCUMENT_NOT_FOUND' || code === 'DOCUMENT_ALREADY_ATTACHED') setErrors({ documents: englishMessageFor(error) });
          if (code === 'INSURANCE_AMOUNT_EXCEEDS_UNCOVERED' || code === 'INSURANCE_AMOUNT_ABOVE_MAXIMUM') setErrors({ amount: englishMessageFor(error) });
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-label="File an insurance claim" className="mb-4 space-y-3 rounded-xl border border-slate-200 p-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Amount claimed (EGP)"
          inputMode="decimal"
          autoComplete="off"
          error={errors.amount}
          value={amount}
          onChange={(e) => {
            setAmount(e.target.value);
            edited();
          }}
        />
        <TextField
          label="Prescription number (optional)"
          list={listId}
          autoComplete="off"
          error={errors.prescriptionId}
          value={prescriptionId}
          onChange={(e) => {
            setPrescriptionId(e.target.value);
            edited();
          }}
        />
        <datalist id={listId}>
          {prescriptionIds.map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
      </div>
      <DocumentUploadField
        value={documents}
        onChange={(next) => {
          setDocuments(next);
          edited();
        }}
        labels={uploadLabels}
        locale="en"
        error={errors.documents}
        disabled={file.isPending}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={file.isPending}>
          File claim
        </Button>
        <Button variant="secondary" disabled={file.isPending} onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
