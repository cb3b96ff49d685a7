'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import {
  Badge,
  Button,
  Card,
  EmptyState,
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
} from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import { fileSize, insuranceRejectionLabel, insuranceStatusLabel } from './labels';

type CardDetail = RouterOutputs['medcard']['get'];
type FileInput = RouterInputs['insurance']['file'];
type Document = FileInput['documents'][number];

const MAX_DOCUMENTS = 20;
const MAX_BYTES = 20 * 1024 * 1024;
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
                  Filed {formatDateTime(c.filedAt, 'en')} · {c.documents.map((d) => d.name).join(', ')}
                  {c.revision > 1 ? ` · revision ${c.revision}` : ''}
                </p>
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
  const [documents, setDocuments] = useState<Document[]>([]);
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
    else if (documents.length > MAX_DOCUMENTS) next.documents = `Attach at most ${MAX_DOCUMENTS} documents.`;
    else if (documents.some((d) => d.size > MAX_BYTES || d.size === 0)) next.documents = 'Each document must be between 1 byte and 20 MB.';
    setErrors(next);
    if (!parsed.ok || Object.keys(next).length > 0) return;
    file.mutate(
      { cardId, amount: parsed.piasters, documents, ...(prescriptionId.trim() && { prescriptionId: prescriptionId.trim() }) },
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
          if (code === 'INVALID_DOCUMENTS') setErrors({ documents: englishMessageFor(error) });
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
      <div className="space-y-1.5">
        <label htmlFor={`${listId}-docs`} className="block text-sm font-medium text-slate-700">
          Documents
        </label>
        <input
          id={`${listId}-docs`}
          type="file"
          multiple
          aria-describedby={`${listId}-docs-hint`}
          aria-invalid={errors.documents ? true : undefined}
          className="block w-full text-sm file:me-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
          onChange={(e) => {
            setDocuments([...(e.target.files ?? [])].map((f) => ({ name: f.name.slice(0, 200), contentType: f.type || 'application/octet-stream', size: f.size })));
            edited();
          }}
        />
        <p id={`${listId}-docs-hint`} className={errors.documents ? 'text-sm text-red-700' : 'text-xs text-slate-500'}>
          {errors.documents ?? 'Invoice, prescription… Only each file’s name, type and size are recorded for now.'}
        </p>
        {documents.length > 0 ? (
          <ul className="text-xs text-slate-600">
            {documents.map((d, i) => (
              <li key={`${d.name}-${i}`}>
                {d.name} · {fileSize(d.size)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
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
