'use client';

import { Button, Card, EmptyState, englishMessageFor, formatDateTime, Notice, useTRPC } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The wallet's events exactly as stored: the audit trail behind every balance. */
export function AuditTrail({ walletId }: { walletId: string }) {
  const trpc = useTRPC();
  const events = useInfiniteQuery(
    trpc.wallet.events.infiniteQueryOptions({ walletId, limit: 20 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card title="Audit trail" titleId="audit-heading">
      {events.isPending ? (
        <div role="status" aria-label="Loading audit trail" className="h-32 animate-pulse rounded-xl bg-slate-100" />
      ) : events.isError && items.length === 0 ? (
        <Notice tone="error" title={englishMessageFor(events.error)} />
      ) : items.length === 0 ? (
        <EmptyState title="No events" />
      ) : (
        <ol aria-labelledby="audit-heading" className="space-y-2">
          {items.map((e) => {
            const actor = text(e.metadata.actorId);
            const role = text(e.metadata.role);
            const operation = text(e.metadata.operation);
            return (
              <li key={e.eventId} className="rounded-xl border border-slate-100 p-3 text-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                  <span className="font-medium">{e.type}</span>
                  <span className="text-xs text-slate-500">
                    v{e.version} · <time dateTime={e.timestamp.toISOString()}>{formatDateTime(e.timestamp, 'en')}</time>
                  </span>
                </div>
                <p className="mt-0.5 text-xs text-slate-600">
                  by <span className="font-mono">{actor ?? 'unknown'}</span>
                  {role ? ` (${role})` : ''}
                  {operation ? ` · ${operation}` : ''}
                </p>
                <details className="mt-1.5">
                  <summary className="cursor-pointer text-xs font-medium text-teal-800">Data</summary>
                  <pre className="mt-1 overflow-x-auto rounded-lg bg-slate-50 p-2 text-xs">{JSON.stringify(e.data, null, 2)}</pre>
                </details>
              </li>
            );
          })}
        </ol>
      )}
      {events.hasNextPage ? (
        <Button variant="secondary" className="mt-4 w-full" loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
          Load more events
        </Button>
      ) : null}
    </Card>
  );
}
