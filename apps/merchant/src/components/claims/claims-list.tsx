'use client';

import type { RouterInputs } from '@healthpay/api';
import { Badge, Button, Card, claimStatusTone, EmptyState, englishMessageFor, formatDateTime, Money, Notice, SelectField, TextField, useTRPC } from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { claimStatusLabel, copayPaidFromLabel } from '../labels';

type Status = NonNullable<RouterInputs['claims']['byPharmacy']['status']>;
const statuses: Status[] = ['approved', 'partial', 'rejected'];
const isStatus = (v: string | null): v is Status => statuses.includes(v as Status);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayOrEmpty = (v: string | null) => (v && DAY.test(v) ? v : '');

interface Filters {
  status?: Status;
  from: string;
  to: string;
}

/** The pharmacy's claims, newest first, filtered by outcome and Cairo days; the filter lives in the URL. */
export function ClaimsList() {
  const trpc = useTRPC();
  const params = useSearchParams();
  const initial: Filters = {
    status: isStatus(params.get('status')) ? (params.get('status') as Status) : undefined,
    from: dayOrEmpty(params.get('from')),
    to: dayOrEmpty(params.get('to')),
  };
  const [form, setForm] = useState<Filters>(initial);
  const [applied, setApplied] = useState<Filters>(initial);
  const [rangeError, setRangeError] = useState<string>();

  const claims = useInfiniteQuery({
    ...trpc.claims.byPharmacy.infiniteQueryOptions(
      { status: applied.status, from: applied.from || undefined, to: applied.to || undefined, limit: 20 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const rows = claims.data?.pages.flatMap((p) => p.items) ?? [];

  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (form.from && form.to && form.from > form.to) return setRangeError('The first day must not be after the last day.');
    setRangeError(undefined);
    setApplied(form);
    const sp = new URLSearchParams();
    if (form.status) sp.set('status', form.status);
    if (form.from) sp.set('from', form.from);
    if (form.to) sp.set('to', form.to);
    const qs = sp.toString();
    window.history.replaceState(null, '', qs ? `?${qs}` : window.location.pathname);
  };

  return (
    <div className="space-y-4">
      <Card>
        <form role="search" aria-label="Filter claims" noValidate onSubmit={apply} className="grid gap-3 sm:grid-cols-[12rem_11rem_11rem_auto] sm:items-end">
          <SelectField label="Status" value={form.status ?? ''} onChange={(e) => setForm((f) => ({ ...f, status: isStatus(e.target.value) ? e.target.value : undefined }))}>
            <option value="">All statuses</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {claimStatusLabel[s]}
              </option>
            ))}
          </SelectField>
          <TextField label="From" type="date" value={form.from} error={rangeError} onChange={(e) => setForm((f) => ({ ...f, from: e.target.value }))} />
          <TextField label="To" type="date" value={form.to} onChange={(e) => setForm((f) => ({ ...f, to: e.target.value }))} />
          <Button type="submit">Apply filters</Button>
        </form>
      </Card>

      {claims.isError && rows.length === 0 ? (
        <Notice tone="error" title={englishMessageFor(claims.error)}>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => void claims.refetch()}>
            Try again
          </Button>
        </Notice>
      ) : claims.isPending ? (
        <div role="status" aria-label="Loading claims" className="h-48 animate-pulse rounded-2xl bg-slate-200" />
      ) : rows.length === 0 ? (
        <EmptyState title={applied.status || applied.from || applied.to ? 'No claims match these filters' : 'No claims yet'}>
          {applied.status || applied.from || applied.to ? (
            'Try another status or date range.'
          ) : (
            <>
              Claims you submit appear here.{' '}
              <Link href="/claims/new" className="font-medium text-emerald-800 underline">
                Start a claim
              </Link>
            </>
          )}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[46rem] text-sm">
            <caption className="sr-only">Claims</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3 text-start font-medium">Prescription</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">Patient</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">Status</th>
                <th scope="col" className="px-4 py-3 text-end font-medium">Total</th>
                <th scope="col" className="px-4 py-3 text-end font-medium">Patient paid</th>
                <th scope="col" className="px-4 py-3 text-end font-medium">Card pays</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((c) => (
                <tr key={`${c.cardId}/${c.prescriptionId}`} className="hover:bg-slate-50">
                  <th scope="row" className="px-4 py-3 text-start font-medium">
                    <Link
                      href={`/claims/${encodeURIComponent(c.cardId)}/${encodeURIComponent(c.prescriptionId)}`}
                      className="text-emerald-800 hover:underline focus-visible:outline-2 focus-visible:outline-emerald-700"
                    >
                      {c.prescriptionId}
                    </Link>
                    <span className="block text-xs font-normal text-slate-500">
                      <time dateTime={c.decidedAt}>{formatDateTime(c.decidedAt, 'en')}</time>
                    </span>
                  </th>
                  <td className="px-4 py-3">
                    <bdi>{c.beneficiaryName ?? '—'}</bdi>
                    <span className="block font-mono text-xs text-slate-500">{c.cardId}</span>
                  </td>
                  <td className="px-4 py-3">
                    <Badge tone={claimStatusTone(c.status)}>{claimStatusLabel[c.status]}</Badge>
                  </td>
                  <td className="px-4 py-3 text-end">
                    <Money piasters={c.submitted} locale="en" />
                  </td>
                  <td className="px-4 py-3 text-end">
                    <Money piasters={c.copay} locale="en" />
                    {c.copay > 0 ? <span className="block text-xs text-slate-500">{copayPaidFromLabel[c.copayPaidFrom]}</span> : null}
                  </td>
                  <td className="px-4 py-3 text-end font-medium">
                    <Money piasters={c.benefit} locale="en" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {claims.hasNextPage ? (
        <Button variant="secondary" className="w-full" loading={claims.isFetchingNextPage} onClick={() => void claims.fetchNextPage()}>
          Load more claims
        </Button>
      ) : null}
    </div>
  );
}
