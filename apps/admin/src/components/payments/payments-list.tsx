'use client';

import { Badge, Button, Card, EmptyState, englishMessageFor, formatDateTime, Money, Notice, SelectField, TextField, useTRPC } from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { flagLabel, isProvider, isStatus, PROVIDERS, providerLabel, STATUSES, statusLabel } from './labels';
import { PaymentStatusBadge } from './payment-status-badge';

const PAGE = 25;

/**
 * Top-ups for staff. The filters are a plain GET form, so they live in the URL (shareable; Back returns to
 * them); pages load by cursor.
 */
export function PaymentsList() {
  const trpc = useTRPC();
  const params = useSearchParams();
  const status = params.get('status');
  const provider = params.get('provider');
  const flagged = params.get('flagged') === '1';
  const q = params.get('q')?.trim().slice(0, 200) ?? '';
  const payments = useInfiniteQuery({
    ...trpc.payments.list.infiniteQueryOptions(
      {
        ...(isStatus(status) && { status }),
        ...(isProvider(provider) && { provider }),
        ...(flagged && { flagged: true }),
        ...(q && { query: q }),
        limit: PAGE,
      },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const rows = payments.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="space-y-4">
      <Card>
        {/* Keyed by the URL: uncontrolled fields must show the filters of the page they are on. */}
        <form key={params.toString()} method="get" action="/payments" role="search" aria-label="Filter payments" className="grid gap-3 sm:grid-cols-[1fr_10rem_10rem_auto_auto] sm:items-end">
          <TextField label="Search" name="q" type="search" placeholder="Patient, phone, payment id or reference" defaultValue={q} />
          <SelectField label="Status" name="status" defaultValue={isStatus(status) ? status : ''}>
            <option value="">All statuses</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel[s]}
              </option>
            ))}
          </SelectField>
          <SelectField label="Provider" name="provider" defaultValue={isProvider(provider) ? provider : ''}>
            <option value="">All providers</option>
            {PROVIDERS.map((p) => (
              <option key={p} value={p}>
                {providerLabel[p]}
              </option>
            ))}
          </SelectField>
          <label className="flex h-11 items-center gap-2 text-sm font-medium text-slate-700">
            <input type="checkbox" name="flagged" value="1" defaultChecked={flagged} className="size-4 accent-teal-700" />
            Flagged only
          </label>
          <Button type="submit">Filter</Button>
        </form>
      </Card>

      {payments.isError && rows.length === 0 ? (
        <Notice tone="error" title={englishMessageFor(payments.error)}>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => void payments.refetch()}>
            Try again
          </Button>
        </Notice>
      ) : payments.isPending ? (
        <div role="status" aria-label="Loading payments" className="h-48 animate-pulse rounded-2xl bg-slate-200" />
      ) : rows.length === 0 ? (
        <EmptyState title="No payments match">
          <Link href="/payments" className="font-medium text-teal-800 underline">
            Clear the filters
          </Link>
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[52rem] text-sm">
            <caption className="sr-only">Payments</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3 text-start font-medium">Patient</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">Provider · reference</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">Status</th>
                <th scope="col" className="px-4 py-3 text-end font-medium">Amount</th>
                <th scope="col" className="px-4 py-3 text-end font-medium">Refunded</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">Requested</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((p) => (
                <tr key={p.paymentId} className="hover:bg-slate-50">
                  <th scope="row" className="px-4 py-3 text-start font-medium">
                    <Link href={`/payments/${p.paymentId}`} className="text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700">
                      {p.ownerName ?? p.ownerId}
                    </Link>
                    <span className="block text-xs font-normal tabular-nums text-slate-500">{p.ownerPhone ?? ''}</span>
                    <span className="block font-mono text-xs font-normal text-slate-500">{p.paymentId}</span>
                  </th>
                  <td className="px-4 py-3">
                    {providerLabel[p.provider]}
                    <span className="block font-mono text-xs text-slate-500">{p.providerReference ?? '—'}</span>
                  </td>
                  <td className="px-4 py-3">
                    <span className="flex flex-wrap gap-1">
                      <PaymentStatusBadge status={p.status} />
                      {p.flags.map((f) => (
                        <Badge key={f} tone="amber">
                          {flagLabel[f] ?? f}
                        </Badge>
                      ))}
                    </span>
                  </td>
                  <td className="px-4 py-3 text-end">
                    <Money piasters={p.amount} locale="en" />
                  </td>
                  <td className="px-4 py-3 text-end">
                    <Money piasters={p.refunded} locale="en" />
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                    <time dateTime={new Date(p.requestedAt).toISOString()}>{formatDateTime(p.requestedAt, 'en')}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {payments.hasNextPage ? (
        <Button variant="secondary" className="w-full" loading={payments.isFetchingNextPage} onClick={() => void payments.fetchNextPage()}>
          Load more
        </Button>
      ) : null}
    </div>
  );
}
