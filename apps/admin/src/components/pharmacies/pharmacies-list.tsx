'use client';

import { governorateCodes, governorateNames, isGovernorate } from '@healthpay/domain';
import { Button, Card, EmptyState, formatDate, Notice, SelectField, TextField, useTRPC } from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { isPharmacyStatus, PHARMACY_STATUSES, PharmacyStatusBadge } from './pharmacy-status-badge';
import { useGovernorateName, usePharmacyErrorText, usePortalLocale } from './pharmacy-text';

const PAGE = 25;

/** Staff: pharmacies by name. Filters are a plain GET form, so they live in the URL; pages load by cursor. */
export function PharmaciesList() {
  const t = useTranslations('pharmacies');
  const locale = usePortalLocale();
  const governorateName = useGovernorateName();
  const errorText = usePharmacyErrorText();
  const trpc = useTRPC();
  const params = useSearchParams();
  const status = params.get('status');
  const governorate = params.get('governorate') ?? '';
  const q = params.get('q')?.trim().slice(0, 100) ?? '';
  const list = useInfiniteQuery({
    ...trpc.pharmacies.list.infiniteQueryOptions(
      { ...(isPharmacyStatus(status) && { status }), ...(isGovernorate(governorate) && { governorate }), ...(q && { query: q }), limit: PAGE },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="space-y-4">
      <Card>
        <form key={params.toString()} method="get" action="/pharmacies" role="search" aria-label={t('list.filter')} className="grid gap-3 sm:grid-cols-[1fr_10rem_12rem_auto] sm:items-end">
          <TextField label={t('list.search')} name="q" type="search" placeholder={t('list.searchPlaceholder')} defaultValue={q} />
          <SelectField label={t('list.status')} name="status" defaultValue={isPharmacyStatus(status) ? status : ''}>
            <option value="">{t('list.allStatuses')}</option>
            {PHARMACY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('list.governorate')} name="governorate" defaultValue={isGovernorate(governorate) ? governorate : ''}>
            <option value="">{t('list.allGovernorates')}</option>
            {governorateCodes.map((g) => (
              <option key={g} value={g}>
                {governorateNames[g][locale]}
              </option>
            ))}
          </SelectField>
          <Button type="submit">{t('list.filter')}</Button>
        </form>
      </Card>

      {list.isError && rows.length === 0 ? (
        <Notice tone="error" title={errorText(list.error)} />
      ) : list.isPending ? (
        <div role="status" aria-label={t('title')} className="h-48 animate-pulse rounded-2xl bg-slate-200" />
      ) : rows.length === 0 ? (
        <EmptyState title={t('list.empty')}>
          <Link href="/pharmacies" className="font-medium text-teal-800 underline">
            {t('list.clear')}
          </Link>
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[44rem] text-sm">
            <caption className="sr-only">{t('list.caption')}</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3 text-start font-medium">{t('list.name')}</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">{t('list.licence')}</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">{t('list.place')}</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">{t('list.status')}</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">{t('list.registered')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((p) => (
                <tr key={p.id} className="hover:bg-slate-50">
                  <th scope="row" className="px-4 py-3 text-start font-medium">
                    <Link href={`/pharmacies/${encodeURIComponent(p.id)}`} className="text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700">
                      {locale === 'ar' ? p.nameAr : p.nameEn}
                    </Link>
                    <span className="block text-xs font-normal text-slate-500">{locale === 'ar' ? p.nameEn : p.nameAr}</span>
                  </th>
                  <td className="px-4 py-3 font-mono text-xs" dir="ltr">
                    {p.licenceNumber ?? '—'} · {p.commercialRegistration ?? '—'}
                  </td>
                  <td className="px-4 py-3">
                    {governorateName(p.governorate)} · {p.city}
                  </td>
                  <td className="px-4 py-3">
                    <PharmacyStatusBadge status={p.status} />
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                    {p.registeredAt ? <time dateTime={new Date(p.registeredAt).toISOString()}>{formatDate(p.registeredAt, locale)}</time> : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage ? (
        <Button variant="secondary" className="w-full" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('list.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}
