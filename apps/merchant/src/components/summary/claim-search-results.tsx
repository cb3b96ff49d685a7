'use client';

import { Button, EmptyState, Notice, useTRPC } from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { searchInput, searchToParams, type ClaimSearch } from '@/lib/claim-search';
import { ClaimTable } from '../claims/claim-table';
import { useErrorText } from '../text/use-error-text';

/** Where the CSV of a search downloads from (the same parameters as the page). */
export const exportHref = (search: ClaimSearch): string => `/summary/claims.csv?${searchToParams(search).toString()}`;

/** The claims a search finds, newest first, 20 at a time, with the whole search as a CSV download. */
export function ClaimSearchResults({ search }: { search: ClaimSearch }) {
  const t = useTranslations('summary.search');
  const errorText = useErrorText();
  const trpc = useTRPC();
  const claims = useInfiniteQuery({
    ...trpc.claims.search.infiniteQueryOptions({ ...searchInput(search), limit: 20 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
    placeholderData: keepPreviousData,
  });
  const rows = claims.data?.pages.flatMap((p) => p.items) ?? [];

  if (claims.isPending) return <div role="status" aria-label={t('loading')} className="h-40 animate-pulse rounded-2xl bg-slate-200" />;
  if (claims.isError && rows.length === 0) return <Notice tone="error" title={errorText(claims.error)} />;
  if (rows.length === 0) return <EmptyState title={t('none')}>{t('noneHint')}</EmptyState>;
  return (
    <div className="space-y-3">
      <div className="flex justify-end">
        <a
          href={exportHref(search)}
          download
          className="inline-flex h-11 items-center rounded-xl border border-slate-300 bg-white px-4 text-sm font-medium text-emerald-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-emerald-700"
        >
          {t('export')}
        </a>
      </div>
      <ClaimTable rows={rows} caption={t('results')} />
      {claims.hasNextPage ? (
        <Button variant="secondary" className="w-full" loading={claims.isFetchingNextPage} onClick={() => void claims.fetchNextPage()}>
          {t('more')}
        </Button>
      ) : null}
    </div>
  );
}
