import type { ReactNode } from 'react';
import { Button } from '../components/button';
import { EmptyState, Notice } from '../components/notice';
import { cn } from '../cn';

/** What a list shows while it has nothing else to show, and its paging button. */
export interface PagedListText {
  loading: string;
  empty: ReactNode;
  emptyHint?: ReactNode;
  loadMore: string;
  error: (error: unknown) => ReactNode;
  /** With it, a failed first page offers to try again. */
  retry?: string;
}

/** The parts of a TanStack (infinite) query result a list needs. */
export interface PagedQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  fetchNextPage?: () => unknown;
  refetch: () => unknown;
}

/** A placeholder block announced as loading: a page's (grey) or, `soft`, one inside a card. `className` sets its height and margins. */
export function LoadingBlock({ label, soft = false, className = 'h-48' }: { label: string; soft?: boolean; className?: string }) {
  return <div role="status" aria-label={label} className={cn('animate-pulse', soft ? 'rounded-xl bg-slate-100' : 'rounded-2xl bg-slate-200', className)} />;
}

/** Several placeholder rows announced as loading (a list's shape while its first page loads). */
export function LoadingBars({ label, count, barClassName }: { label: string; count: number; barClassName: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-3">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className={cn('animate-pulse', barClassName)} />
      ))}
    </div>
  );
}

/** A load that failed, said plainly, with "try again" when `retry` is given. */
export function RetryNotice({ title, retry, onRetry, children }: { title: ReactNode; retry?: string; onRetry: () => unknown; children?: ReactNode }) {
  return (
    <Notice tone="error" title={title}>
      {children}
      {retry ? (
        <Button variant="secondary" size="sm" className="mt-2" onClick={() => void onRetry()}>
          {retry}
        </Button>
      ) : null}
    </Notice>
  );
}

/** The rows of every page loaded so far. */
export const rowsOf = <T,>(data: { pages: readonly { items: readonly T[] }[] } | undefined): T[] => data?.pages.flatMap((p) => p.items) ?? [];

/** `getNextPageParam` for keyset pages (`nextCursor` null on the last page). */
export const nextCursor = <C,>(last: { nextCursor?: C | null }): C | undefined => last.nextCursor ?? undefined;

/** "Load more" while the query has another page. */
export function LoadMore({ query, label, className = 'w-full' }: { query: PagedQuery; label: string; className?: string }) {
  if (!query.hasNextPage) return null;
  return (
    <Button variant="secondary" className={className} loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage?.()}>
      {label}
    </Button>
  );
}

/**
 * A paged list's states: the error of a first page that failed (with "try again" when `retry` is given),
 * loading, empty, else the rows (`children`); then "load more" while there are further pages.
 */
export function PagedList({ query, count, text, loading, loadingClassName, loadMoreClassName, children }: {
  query: PagedQuery;
  /** Rows loaded so far. */
  count: number;
  text: PagedListText;
  /** A placeholder of the list's own shape instead of the plain block. */
  loading?: ReactNode;
  loadingClassName?: string;
  loadMoreClassName?: string;
  children: ReactNode;
}) {
  return (
    <>
      {query.isError && count === 0 ? (
        <RetryNotice title={text.error(query.error)} retry={text.retry} onRetry={query.refetch} />
      ) : query.isPending ? (
        (loading ?? <LoadingBlock label={text.loading} className={loadingClassName} />)
      ) : count === 0 ? (
        <EmptyState title={text.empty}>{text.emptyHint}</EmptyState>
      ) : (
        children
      )}
      <LoadMore query={query} label={text.loadMore} className={loadMoreClassName} />
    </>
  );
}
