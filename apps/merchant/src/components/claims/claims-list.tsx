'use client';

import type { RouterInputs } from '@healthpay/api';
import { Button, Card, ChoiceField, nextCursor, PagedList, rowsOf, TextField, useTRPC } from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useClaimText } from '../text/use-claim-text';
import { useErrorText } from '../text/use-error-text';
import { ClaimTable } from './claim-table';

type Status = NonNullable<RouterInputs['claims']['byPharmacy']['status']>;
const statuses: Status[] = ['approved', 'partial', 'rejected', 'reversed'];
const isStatus = (v: string | null): v is Status => statuses.includes(v as Status);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayOrEmpty = (v: string | null) => (v && DAY.test(v) ? v : '');

interface Filters {
  status?: Status;
  from: string;
  to: string;
}

/** The pharmacy's claims, newest first, filtered by outcome and Cairo days; the filter lives in the URL. */
export function ClaimsList() {
  const trpc = useTRPC();
  const t = useTranslations('claims.list');
  const tClaims = useTranslations('claims');
  const text = useClaimText();
  const errorText = useErrorText();
  const params = useSearchParams();
  const initial: Filters = {
    status: isStatus(params.get('status')) ? (params.get('status') as Status) : undefined,
    from: dayOrEmpty(params.get('from')),
    to: dayOrEmpty(params.get('to')),
  };
  const [form, setForm] = useState<Filters>(initial);
  const [applied, setApplied] = useState<Filters>(initial);
  const [rangeError, setRangeError] = useState<string>();

  const claims = useInfiniteQuery({
    ...trpc.claims.byPharmacy.infiniteQueryOptions(
      { status: applied.status, from: applied.from || undefined, to: applied.to || undefined, limit: 20 },
      { getNextPageParam: nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  const rows = rowsOf(claims.data);
  const filtered = Boolean(applied.status || applied.from || applied.to);
  const emptyHint = filtered ? (
    t('noMatchHint')
  ) : (
    <>
      {t('emptyHint')}{' '}
      <Link href="/claims/new" className="font-medium text-emerald-800 underline">
        {t('start')}
      </Link>
    </>
  );

  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (form.from && form.to && form.from > form.to) return setRangeError(t('rangeOrder'));
    setRangeError(undefined);
    setApplied(form);
    const sp = new URLSearchParams();
    if (form.status) sp.set('status', form.status);
    if (form.from) sp.set('from', form.from);
    if (form.to) sp.set('to', form.to);
    const qs = sp.toString();
    window.history.replaceState(null, '', qs ? `?${qs}` : window.location.pathname);
  };

  return (
    <div className="space-y-4">
      <Card>
        <form role="search" aria-label={t('filter')} noValidate onSubmit={apply} className="grid gap-3 sm:grid-cols-[12rem_11rem_11rem_auto] sm:items-end">
          <ChoiceField label={t('status')} value={form.status ?? ''} onChange={(e) => setForm((f) => ({ ...f, status: isStatus(e.target.value) ? e.target.value : undefined }))}
            all={t('allStatuses')} choices={statuses} choiceLabel={text.status} />
          <TextField label={t('from')} type="date" value={form.from} error={rangeError} onChange={(e) => setForm((f) => ({ ...f, from: e.target.value }))} />
          <TextField label={t('to')} type="date" value={form.to} onChange={(e) => setForm((f) => ({ ...f, to: e.target.value }))} />
          <Button type="submit">{t('apply')}</Button>
        </form>
      </Card>

      <PagedList query={claims} count={rows.length}
        text={{ loading: t('loading'), empty: filtered ? t('noMatch') : t('empty'), emptyHint, loadMore: t('loadMore'), error: errorText, retry: tClaims('tryAgain') }}>
        <ClaimTable rows={rows} caption={tClaims('title')} />
      </PagedList>
    </div>
  );
}
