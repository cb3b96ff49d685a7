'use client';

import { Button, Card, cn, EmptyState, englishMessageFor, formatDateTime, Money, Notice, useTRPC } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';

const kinds = { credit: 'Credit', debit: 'Debit', capture: 'Hold captured', transfer_in: 'Transfer in', transfer_out: 'Transfer out' } as const;

/** Money history as the patient sees it, with references and counterparties for staff. */
export function HistoryTable({ walletId }: { walletId: string }) {
  const trpc = useTRPC();
  const history = useInfiniteQuery(
    trpc.wallet.history.infiniteQueryOptions({ walletId, limit: 20 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  const lines = history.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card title="History" titleId="history-heading">
      {history.isPending ? (
        <div role="status" aria-label="Loading history" className="h-32 animate-pulse rounded-xl bg-slate-100" />
      ) : history.isError && lines.length === 0 ? (
        <Notice tone="error" title={englishMessageFor(history.error)} />
      ) : lines.length === 0 ? (
        <EmptyState title="No money has moved yet" />
      ) : (
        <div className="-mx-4 overflow-x-auto sm:-mx-6">
          <table aria-labelledby="history-heading" className="w-full min-w-[36rem] text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 text-start font-medium sm:px-6">When</th>
                <th scope="col" className="px-4 py-2 text-start font-medium">What</th>
                <th scope="col" className="px-4 py-2 text-end font-medium">Amount</th>
                <th scope="col" className="px-4 py-2 text-end font-medium sm:px-6">Balance after</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {lines.map((l) => (
                <tr key={l.eventId}>
                  <td className="whitespace-nowrap px-4 py-2.5 text-slate-600 sm:px-6">
                    <time dateTime={l.occurredAt}>{formatDateTime(l.occurredAt, 'en')}</time>
                  </td>
                  <td className="px-4 py-2.5">
                    <span className="font-medium">{kinds[l.kind]}</span>
                    {l.counterpartyName ? <span className="text-slate-600"> · {l.counterpartyName}</span> : null}
                    <span className="block break-all text-xs text-slate-500">{l.reference}</span>
                  </td>
                  <td className="px-4 py-2.5 text-end">
                    <Money piasters={l.amount} locale="en" signed className={cn('font-medium', l.amount > 0 && 'text-emerald-700')} />
                  </td>
                  <td className="px-4 py-2.5 text-end sm:px-6">
                    <Money piasters={l.balanceAfter} locale="en" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {history.hasNextPage ? (
        <Button variant="secondary" className="mt-4 w-full" loading={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
          Load more history
        </Button>
      ) : null}
    </Card>
  );
}
