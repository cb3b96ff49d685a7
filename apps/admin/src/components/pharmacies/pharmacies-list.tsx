'use client';

import type { RouterOutputs } from '@healthpay/api';
import { governorateCodes, governorateNames, isGovernorate } from '@healthpay/domain';
import { ChoiceField, DataTable, formatDate, nextCursor, PagedList, rowsOf, TextField, UrlFilterForm, useTRPC, type DataColumn } from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { isPharmacyStatus, PHARMACY_STATUSES, PharmacyStatusBadge } from './pharmacy-status-badge';
import { useGovernorateName, usePharmacyErrorText, usePortalLocale } from './pharmacy-text';

type Pharmacy = RouterOutputs['pharmacies']['list']['items'][number];

/** Staff: pharmacies by name. Filters are a plain GET form, so they live in the URL; pages load by cursor. */
export function PharmaciesList() {
  const t = useTranslations('pharmacies');
  const locale = usePortalLocale();
  const governorateName = useGovernorateName();
  const trpc = useTRPC();
  const params = useSearchParams();
  const status = params.get('status');
  const governorate = params.get('governorate') ?? '';
  const q = params.get('q')?.trim().slice(0, 100) ?? '';
  const list = useInfiniteQuery({
    ...trpc.pharmacies.list.infiniteQueryOptions(
      { ...(isPharmacyStatus(status) && { status }), ...(isGovernorate(governorate) && { governorate }), ...(q && { query: q }), limit: 25 },
      { getNextPageParam: nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  const rows = rowsOf(list.data);
  const columns: DataColumn<Pharmacy>[] = [
    {
      label: t('list.name'),
      cell: (p) => (
        <>
          <Link href={`/pharmacies/${encodeURIComponent(p.id)}`} className="text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700">
            {locale === 'ar' ? p.nameAr : p.nameEn}
          </Link>
          <span className="block text-xs font-normal text-slate-500">{locale === 'ar' ? p.nameEn : p.nameAr}</span>
        </>
      ),
    },
    { label: t('list.licence'), className: 'font-mono text-xs', cell: (p) => <bdi dir="ltr">{p.licenceNumber ?? '—'} · {p.commercialRegistration ?? '—'}</bdi> },
    { label: t('list.place'), cell: (p) => `${governorateName(p.governorate)} · ${p.city}` },
    { label: t('list.status'), cell: (p) => <PharmacyStatusBadge status={p.status} /> },
    {
      label: t('list.registered'),
      className: 'whitespace-nowrap text-slate-600',
      cell: (p) => (p.registeredAt ? <time dateTime={new Date(p.registeredAt).toISOString()}>{formatDate(p.registeredAt, locale)}</time> : '—'),
    },
  ];
  const clear = (
    <Link href="/pharmacies" className="font-medium text-teal-800 underline">
      {t('list.clear')}
    </Link>
  );

  return (
    <div className="space-y-4">
      <UrlFilterForm action="/pharmacies" label={t('list.filter')} submit={t('list.filter')} stateKey={params.toString()} className="sm:grid-cols-[1fr_10rem_12rem_auto]">
        <TextField label={t('list.search')} name="q" type="search" placeholder={t('list.searchPlaceholder')} defaultValue={q} />
        <ChoiceField label={t('list.status')} name="status" defaultValue={isPharmacyStatus(status) ? status : ''} all={t('list.allStatuses')}
          choices={PHARMACY_STATUSES} choiceLabel={(s) => t(`status.${s}`)} />
        <ChoiceField label={t('list.governorate')} name="governorate" defaultValue={isGovernorate(governorate) ? governorate : ''} all={t('list.allGovernorates')}
          choices={governorateCodes} choiceLabel={(g) => governorateNames[g][locale]} />
      </UrlFilterForm>
      <PagedList query={list} count={rows.length}
        text={{ loading: t('title'), empty: t('list.empty'), emptyHint: clear, loadMore: t('list.loadMore'), error: usePharmacyErrorText() }}>
        <DataTable caption={t('list.caption')} columns={columns} rows={rows} rowKey={(p) => p.id} minWidth="44rem" />
      </PagedList>
    </div>
  );
}
