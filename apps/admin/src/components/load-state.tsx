import { Button, cn, Notice } from '@healthpay/ui';

/** A first load that failed: the error in words and a way to ask again. */
export function LoadFailed({ title, retry, onRetry }: { title: string; retry: string; onRetry: () => void }) {
  return (
    <Notice tone="error" title={title}>
      <Button variant="secondary" size="sm" className="mt-2" onClick={onRetry}>
        {retry}
      </Button>
    </Notice>
  );
}

/** A placeholder while the first page loads, announced by its label. */
export function Loading({ label, className = 'h-48' }: { label: string; className?: string }) {
  return <div role="status" aria-label={label} className={cn('animate-pulse rounded-2xl bg-slate-200', className)} />;
}

/** "Load more" under a cursor-paged list, while there is more. */
export function LoadMore({ label, query }: { label: string; query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown } }) {
  if (!query.hasNextPage) return null;
  return (
    <Button variant="secondary" className="w-full" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
      {label}
    </Button>
  );
}
