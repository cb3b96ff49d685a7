'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import {
  Badge,
  Button,
  Card,
  DocumentLinks,
  EmptyState,
  englishMessageFor,
  formatDateTime,
  insuranceStatusTone,
  Money,
  Notice,
  SelectField,
  useTRPC,
} from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { insuranceRejectionLabel, insuranceStatusLabel } from '../medcards/labels';
import { ReviewActions } from './review-actions';

type Filter = NonNullable<RouterInputs['insurance']['queue']['status']>;
type Claim = RouterOutputs['insurance']['queue']['items'][number];
const filters: { value: Filter; label: string }[] = [
  { value: 'submitted', label: 'Waiting for review' },
  { value: 'returned', label: 'Returned for correction' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'all', label: 'All' },
];
const isFilter = (v: string | null): v is Filter => filters.some((f) => f.value === v);

/** Claims with insurers, oldest filing first; staff record each insurer's answer. */
export function InsuranceQueue() {
  const trpc = useTRPC();
  const params = useSearchParams();
  const [status, setStatus] = useState<Filter>(isFilter(params.get('status')) ? (params.get('status') as Filter) : 'submitted');
  const queue = useInfiniteQuery({
    ...trpc.insurance.queue.infiniteQueryOptions({ status, limit: 20 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
    placeholderData: keepPreviousData,
  });
  const items = queue.data?.pages.flatMap((p) => p.items) ?? [];

  const choose = (value: Filter) => {
    setStatus(value);
    window.history.replaceState(null, '', value === 'submitted' ? window.location.pathname : `?status=${value}`);
  };

  return (
    <div className="space-y-4">
      <Card>
        <div className="sm:w-72">
          <SelectField label="Show" value={status} onChange={(e) => isFilter(e.target.value) && choose(e.target.value)}>
            {filters.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </SelectField>
        </div>
      </Card>
      {queue.isError && items.length === 0 ? (
        <Notice tone="error" title={englishMessageFor(queue.error)}>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => void queue.refetch()}>
            Try again
          </Button>
        </Notice>
      ) : queue.isPending ? (
        <div role="status" aria-label="Loading insurance claims" className="h-48 animate-pulse rounded-2xl bg-slate-200" />
      ) : items.length === 0 ? (
        <EmptyState title={status === 'submitted' ? 'Nothing waiting for review' : 'No insurance claims here'} />
      ) : (
        <ul aria-label="Insurance claims" className="space-y-3">
          {items.map((c) => (
            <QueueItem key={c.claimId} claim={c} />
          ))}
        </ul>
      )}
      {queue.hasNextPage ? (
        <Button variant="secondary" className="w-full" loading={queue.isFetchingNextPage} onClick={() => void queue.fetchNextPage()}>
          Load more
        </Button>
      ) : null}
    </div>
  );
}

function QueueItem({ claim: c }: { claim: Claim }) {
  const headingId = `claim-${c.claimId}`;
  return (
    <li className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <article aria-labelledby={headingId} className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0">
            <h2 id={headingId} className="text-base font-semibold">
              <Money piasters={c.amount} locale="en" /> claimed on card{' '}
              <Link href={`/medcards/${c.cardId}`} className="font-mono text-teal-800 hover:underline">
                {c.cardId}
              </Link>
            </h2>
            <p className="text-xs text-slate-500">
              Filed {formatDateTime(c.filedAt, 'en')} by {c.filedByRole === 'pharmacy' ? 'a pharmacy' : 'staff'} (<span className="font-mono">{c.filedBy}</span>)
              {c.revision > 1 ? ` · resubmitted, revision ${c.revision}` : ''}
            </p>
          </div>
          <Badge tone={insuranceStatusTone(c.status)}>{insuranceStatusLabel[c.status] ?? c.status}</Badge>
        </div>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {c.prescriptionId ? (
            <>
              <dt className="text-slate-600">Prescription</dt>
              <dd className="font-mono">{c.prescriptionId}</dd>
            </>
          ) : null}
          <dt className="text-slate-600">Documents</dt>
          <dd>
            {/* Each opens inline in a new tab; every open is audited. */}
            <DocumentLinks documents={c.documents} locale="en" notStored="Filed before documents were stored: name only" className="flex-col text-sm" />
          </dd>
          {c.status === 'approved' && c.approvedAmount !== null ? (
            <>
              <dt className="text-slate-600">Approved amount</dt>
              <dd className="font-semibold text-emerald-800">
                <Money piasters={c.approvedAmount} locale="en" />
              </dd>
            </>
          ) : null}
          {c.status === 'rejected' && c.rejectionReason ? (
            <>
              <dt className="text-slate-600">Rejected because</dt>
              <dd>{insuranceRejectionLabel[c.rejectionReason] ?? c.rejectionReason}</dd>
            </>
          ) : null}
          {c.reviewNote ? (
            <>
              <dt className="text-slate-600">{c.status === 'returned' ? 'To correct' : 'Note'}</dt>
              <dd className="break-words">{c.reviewNote}</dd>
            </>
          ) : null}
          {c.reviewedBy && c.reviewedAt ? (
            <>
              <dt className="text-slate-600">Reviewed</dt>
              <dd>
                {formatDateTime(c.reviewedAt, 'en')} by <span className="font-mono">{c.reviewedBy}</span>
              </dd>
            </>
          ) : null}
        </dl>
        {c.status === 'submitted' ? <ReviewActions claim={c} /> : null}
      </article>
    </li>
  );
}
