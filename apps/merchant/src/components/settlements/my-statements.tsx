'use client';

import { Button, EmptyState, Money, Notice, SettlementStatusBadge, useTRPC } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePortalLocale, useSettlementErrorText } from './settlement-text';

/** The pharmacy's own statements, newest period first (the API narrows a pharmacist to their pharmacy). */
export function MyStatements() {
  const t = useTranslations('settlements');
  const locale = usePortalLocale();
  const errorText = useSettlementErrorText();
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.settlements.list.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }));
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  if (list.isError) return <Notice tone="error" title={errorText(list.error)} />;
  if (list.isPending) return <div role="status" aria-label={t('title')} className="h-48 animate-pulse rounded-2xl bg-slate-200" />;
  if (rows.length === 0) return <EmptyState title={t('list.empty')} />;
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[32rem] text-sm">
          <caption className="sr-only">{t('list.caption')}</caption>
          <thead className="bg-slate-50 text-xs text-slate-500">
            <tr>
              {[t('list.period'), t('list.status'), t('list.lines'), t('list.netPayable')].map((h) => (
                <th key={h} scope="col" className="px-4 py-3 text-start font-medium">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((s) => (
              <tr key={s.id} className="hover:bg-slate-50">
                <th scope="row" className="px-4 py-3 text-start font-medium">
                  <Link href={`/settlements/${encodeURIComponent(s.id)}`} className="text-emerald-800 hover:underline" aria-label={t('list.view', { period: `${s.periodStart} – ${s.periodEnd}` })}>
                    <bdi>{s.periodStart}</bdi> – <bdi>{s.periodEnd}</bdi>
                  </Link>
                </th>
                <td className="px-4 py-3"><SettlementStatusBadge status={s.status} label={t(`status.${s.status}`)} /></td>
                <td className="px-4 py-3 tabular-nums">{s.lines}</td>
                <td className="px-4 py-3"><Money piasters={s.totals.netPayable} locale={locale} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.hasNextPage ? (
        <Button variant="secondary" className="w-full" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>{t('list.loadMore')}</Button>
      ) : null}
    </div>
  );
}
