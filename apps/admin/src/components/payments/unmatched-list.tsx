'use client';

import { Badge, Button, EmptyState, englishMessageFor, formatDateTime, Money, Notice, useTRPC } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { isProvider, providerLabel } from './labels';

/** Correctly signed notifications that matched no payment of ours: kept for reconciliation, newest first. */
export function UnmatchedList() {
  const trpc = useTRPC();
  const unmatched = useInfiniteQuery(
    trpc.payments.unmatched.infiniteQueryOptions({ limit: 25 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  const rows = unmatched.data?.pages.flatMap((p) => p.items) ?? [];
  if (unmatched.isError && rows.length === 0) {
    return (
      <Notice tone="error" title={englishMessageFor(unmatched.error)}>
        <Button variant="secondary" size="sm" className="mt-2" onClick={() => void unmatched.refetch()}>
          Try again
        </Button>
      </Notice>
    );
  }
  if (unmatched.isPending) return <div role="status" aria-label="Loading notifications" className="h-48 animate-pulse rounded-2xl bg-slate-200" />;
  if (rows.length === 0) return <EmptyState title="No unmatched notifications">Every notification the providers sent matched a payment.</EmptyState>;
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[52rem] text-sm">
          <caption className="sr-only">Unmatched notifications</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-3 text-start font-medium">Received</th>
              <th scope="col" className="px-4 py-3 text-start font-medium">Provider</th>
              <th scope="col" className="px-4 py-3 text-start font-medium">References</th>
              <th scope="col" className="px-4 py-3 text-start font-medium">Kind · outcome</th>
              <th scope="col" className="px-4 py-3 text-end font-medium">Amount</th>
              <th scope="col" className="px-4 py-3 text-start font-medium">Why unmatched</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((n) => (
              <tr key={n.eventId}>
                <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                  <time dateTime={new Date(n.receivedAt).toISOString()}>{formatDateTime(n.receivedAt, 'en')}</time>
                </td>
                <td className="px-4 py-3">{isProvider(n.provider) ? providerLabel[n.provider] : n.provider}</td>
                <td className="px-4 py-3 font-mono text-xs">
                  <span className="block">merchant: {n.merchantReference ?? '—'}</span>
                  <span className="block">order: {n.providerOrderId ?? '—'}</span>
                  <span className="block">txn: {n.providerTransactionId ?? '—'}</span>
                </td>
                <td className="px-4 py-3">
                  <span className="capitalize">{n.kind}</span> <Badge tone={n.outcome === 'success' ? 'green' : 'slate'}>{n.outcome}</Badge>
                </td>
                <td className="px-4 py-3 text-end">
                  <Money piasters={n.amount} locale="en" />
                </td>
                <td className="px-4 py-3">
                  {n.reason}
                  <span className="block text-xs text-slate-500">{n.detail}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unmatched.hasNextPage ? (
        <Button variant="secondary" className="w-full" loading={unmatched.isFetchingNextPage} onClick={() => void unmatched.fetchNextPage()}>
          Load more
        </Button>
      ) : null}
    </div>
  );
}
