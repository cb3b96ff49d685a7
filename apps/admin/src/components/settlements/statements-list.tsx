'use client';

import { Button, Card, EmptyState, Money, Notice, SelectField, SETTLEMENT_STATUSES, SettlementStatusBadge, TextField, useTRPC, type SettlementStatus } from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { usePortalLocale, useSettlementErrorText } from './settlement-text';

const isStatus = (s: string | null): s is SettlementStatus => (SETTLEMENT_STATUSES as readonly (string | null)[]).includes(s);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Finance: statements by period, pharmacy and status; the filters are a GET form, so they live in the URL. */
export function StatementsList({ base }: { base: string }) {
  const t = useTranslations('settlements');
  const locale = usePortalLocale();
  const errorText = useSettlementErrorText();
  const trpc = useTRPC();
  const params = useSearchParams();
  const status = params.get('status');
  const pharmacyId = params.get('pharmacyId')?.trim().slice(0, 100) ?? '';
  const onDate = params.get('onDate') ?? '';
  const list = useInfiniteQuery({
    ...trpc.settlements.list.infiniteQueryOptions(
      { ...(isStatus(status) && { status }), ...(pharmacyId && { pharmacyId }), ...(DATE.test(onDate) && { onDate }), limit: 25 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="space-y-4">
      <Card>
        <form key={params.toString()} method="get" action={base} role="search" aria-label={t('list.filter')} className="grid gap-3 sm:grid-cols-[1fr_10rem_12rem_auto] sm:items-end">
          <TextField label={t('list.pharmacyId')} name="pharmacyId" defaultValue={pharmacyId} />
          <SelectField label={t('list.status')} name="status" defaultValue={isStatus(status) ? status : ''}>
            <option value="">{t('list.allStatuses')}</option>
            {SETTLEMENT_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </SelectField>
          <TextField label={t('list.onDate')} name="onDate" type="date" defaultValue={DATE.test(onDate) ? onDate : ''} />
          <Button type="submit">{t('list.filter')}</Button>
        </form>
      </Card>
      {list.isError && rows.length === 0 ? (
        <Notice tone="error" title={errorText(list.error)} />
      ) : list.isPending ? (
        <div role="status" aria-label={t('title')} className="h-48 animate-pulse rounded-2xl bg-slate-200" />
      ) : rows.length === 0 ? (
        <EmptyState title={t('list.empty')} />
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[40rem] text-sm">
            <caption className="sr-only">{t('list.caption')}</caption>
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {[t('list.period'), t('list.pharmacy'), t('list.status'), t('list.lines'), t('list.netPayable')].map((h) => (
                  <th key={h} scope="col" className="px-4 py-3 text-start font-medium">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((s) => (
                <tr key={s.id} className="hover:bg-slate-50">
                  <th scope="row" className="px-4 py-3 text-start font-medium">
                    <Link href={`${base}/${encodeURIComponent(s.id)}`} className="text-teal-800 hover:underline" aria-label={t('list.view', { period: `${s.periodStart} – ${s.periodEnd}` })}>
                      <bdi>{s.periodStart}</bdi> – <bdi>{s.periodEnd}</bdi>
                    </Link>
                  </th>
                  <td className="px-4 py-3">{(locale === 'ar' ? s.pharmacyNameAr : s.pharmacyNameEn) ?? s.pharmacyId}</td>
                  <td className="px-4 py-3"><SettlementStatusBadge status={s.status} label={t(`status.${s.status}`)} /></td>
                  <td className="px-4 py-3 tabular-nums">{s.lines}</td>
                  <td className="px-4 py-3"><Money piasters={s.totals.netPayable} locale={locale} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage ? (
        <Button variant="secondary" className="w-full" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>{t('list.loadMore')}</Button>
      ) : null}
    </div>
  );
}
