'use client';

import { nextCursor, PagedList, rowsOf, useTRPC } from '@healthpay/ui';
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
    ...trpc.claims.search.infiniteQueryOptions({ ...searchInput(search), limit: 20 }, { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = rowsOf(claims.data);

  return (
    <div className="space-y-3">
      {rows.length > 0 ? (
        <div className="flex justify-end">
          <a
            href={exportHref(search)}
            download
            className="inline-flex h-11 items-center rounded-xl border border-slate-300 bg-white px-4 text-sm font-medium text-emerald-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-emerald-700"
          >
            {t('export')}
          </a>
        </div>
      ) : null}
      <PagedList query={claims} count={rows.length} loadingClassName="h-40"
        text={{ loading: t('loading'), empty: t('none'), emptyHint: t('noneHint'), loadMore: t('more'), error: errorText }}>
        <ClaimTable rows={rows} caption={t('results')} />
      </PagedList>
    </div>
  );
}
