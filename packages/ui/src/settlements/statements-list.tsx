'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { ComponentType, ReactNode } from 'react';
import { Money } from '../components/money';
import { SettlementStatusBadge } from '../components/settlement-statement';
import { DataTable, type DataColumn } from '../lists/data-table';
import { nextCursor, PagedList, rowsOf } from '../lists/paged-list';
import type { Locale } from '../money';
import { useTRPC } from '../trpc';
import type { SettlementTranslator } from './settlement-text';

type Row = RouterOutputs['settlements']['list']['items'][number];
type Filters = Omit<RouterInputs['settlements']['list'], 'cursor' | 'limit'>;

/** The app's client-side link (next/link), so the list needs no router of its own. */
export type LinkComponent = ComponentType<{ href: string; className?: string; 'aria-label'?: string; children: ReactNode }>;

/**
 * Settlement statements, newest period first, a page at a time: the pharmacy's own (the API narrows a
 * pharmacist to it) or, for finance with `showPharmacy`, everyone's by the given filters.
 */
export function StatementsList({ filters = {}, limit, t, locale, errorText, href, Link, linkClassName, showPharmacy = false }: {
  filters?: Filters;
  limit: number;
  t: SettlementTranslator;
  locale: Locale;
  errorText: (error: unknown) => string;
  href: (id: string) => string;
  Link: LinkComponent;
  linkClassName: string;
  showPharmacy?: boolean;
}) {
  const trpc = useTRPC();
  const list = useInfiniteQuery({
    ...trpc.settlements.list.infiniteQueryOptions({ ...filters, limit }, { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = rowsOf(list.data);
  const period: DataColumn<Row> = {
    label: t('list.period'),
    cell: (s) => (
      <Link href={href(s.id)} className={linkClassName} aria-label={t('list.view', { period: `${s.periodStart} – ${s.periodEnd}` })}>
        <bdi>{s.periodStart}</bdi> – <bdi>{s.periodEnd}</bdi>
      </Link>
    ),
  };
  const pharmacy: DataColumn<Row> = { label: t('list.pharmacy'), cell: (s) => (locale === 'ar' ? s.pharmacyNameAr : s.pharmacyNameEn) ?? s.pharmacyId };
  const columns: DataColumn<Row>[] = [
    period,
    ...(showPharmacy ? [pharmacy] : []),
    { label: t('list.status'), cell: (s) => <SettlementStatusBadge status={s.status} label={t(`status.${s.status}`)} /> },
    { label: t('list.lines'), className: 'tabular-nums', cell: (s) => s.lines },
    { label: t('list.netPayable'), cell: (s) => <Money piasters={s.totals.netPayable} locale={locale} /> },
  ];
  return (
    <PagedList query={list} count={rows.length} text={{ loading: t('title'), empty: t('list.empty'), loadMore: t('list.loadMore'), error: errorText }}>
      <DataTable caption={t('list.caption')} columns={columns} rows={rows} rowKey={(s) => s.id} minWidth={showPharmacy ? '40rem' : '32rem'} />
    </PagedList>
  );
}
