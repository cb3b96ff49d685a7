'use client';

import { addDaysTo, Button, cairoDayOf, Card, DataTable, EmptyState, Figure, formatDay, formatNumber, LoadingBlock, Money, nextCursor, Notice, RetryNotice, rowsOf, TextField, useTRPC, type DataColumn } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useUiLocale } from '@/i18n/ui-locale';
import { useErrorText } from '../text/use-error-text';
import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { summariseByDay } from '@/lib/daily-summary';

type Day = ReturnType<typeof summariseByDay>['days'][number];

/** Pages of 100 claims; beyond this many the page asks for a shorter range instead of loading on. */
const MAX_PAGES = 50;

function Total({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  return (
    <Figure label={label} hint={hint} className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" labelClassName="text-sm text-slate-600" valueClassName="mt-1 text-2xl font-semibold">
      {children}
    </Figure>
  );
}

/**
 * Per Cairo day: claims decided, what patients paid (from their wallets, and in cash at the counter) and
 * what HealthPay owes the pharmacy (the cards' share). Added up here from the pharmacy's claims: the API has no per-pharmacy totals.
 */
export function DailySummary() {
  const trpc = useTRPC();
  const t = useTranslations('summary');
  const errorText = useErrorText();
  const locale = useUiLocale();
  const n = (v: number) => formatNumber(v, locale);
  const today = cairoDayOf();
  const monthStart = `${today.slice(0, 8)}01`;
  const [form, setForm] = useState({ from: monthStart, to: today });
  const [range, setRange] = useState({ from: monthStart, to: today });
  const [rangeError, setRangeError] = useState<string>();

  const claims = useInfiniteQuery(
    trpc.claims.byPharmacy.infiniteQueryOptions({ from: range.from, to: range.to, limit: 100 }, { getNextPageParam: nextCursor }),
  );
  const pages = claims.data?.pages.length ?? 0;
  const truncated = claims.hasNextPage && pages >= MAX_PAGES;
  useEffect(() => {
    if (claims.hasNextPage && !claims.isFetchingNextPage && !claims.isError && pages < MAX_PAGES) void claims.fetchNextPage();
  }, [claims, pages]);
  const loading = claims.isPending || (claims.hasNextPage && !truncated && !claims.isError);

  const { days, total } = useMemo(() => summariseByDay(rowsOf(claims.data)), [claims.data]);
  const money = (piasters: number) => <Money piasters={piasters} locale={locale} />;
  const dayColumns: DataColumn<Day>[] = [
    {
      label: t('day'),
      cell: (d) => (
        <Link href={`/claims?from=${d.day}&to=${d.day}`} className="text-emerald-800 hover:underline">
          <time dateTime={d.day}>{formatDay(d.day, locale)}</time>
        </Link>
      ),
    },
    {
      label: t('claims'), align: 'end', className: 'tabular-nums',
      cell: (d) => (
        <>
          {n(d.claims)}
          {d.rejected > 0 ? <span className="block text-xs text-slate-500">{t('rejectedCount', { count: n(d.rejected) })}</span> : null}
        </>
      ),
    },
    { label: t('dispensed'), align: 'end', cell: (d) => money(d.dispensed) },
    { label: t('fromWallets'), align: 'end', cell: (d) => money(d.walletCopay) },
    { label: t('inCash'), align: 'end', cell: (d) => money(d.cashCopay) },
    { label: t('owesColumn'), align: 'end', className: 'font-semibold', cell: (d) => money(d.benefit) },
  ];

  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (!form.from || !form.to) return setRangeError(t('chooseBoth'));
    if (form.from > form.to) return setRangeError(t('rangeOrder'));
    setRangeError(undefined);
    setRange(form);
  };
  const quick = (from: string, to: string) => {
    setRangeError(undefined);
    setForm({ from, to });
    setRange({ from, to });
  };

  return (
    <div className="space-y-4">
      <Card>
        <form noValidate onSubmit={apply} aria-label={t('period')} className="grid gap-3 sm:grid-cols-[11rem_11rem_auto] sm:items-end">
          <TextField label={t('from')} type="date" max={today} value={form.from} error={rangeError} onChange={(e) => setForm((f) => ({ ...f, from: e.target.value }))} />
          <TextField label={t('to')} type="date" max={today} value={form.to} onChange={(e) => setForm((f) => ({ ...f, to: e.target.value }))} />
          <Button type="submit">{t('show')}</Button>
        </form>
        <div className="mt-3 flex flex-wrap gap-2 text-sm">
          <Button variant="ghost" size="sm" onClick={() => quick(today, today)}>
            {t('today')}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => quick(addDaysTo(today, -6), today)}>
            {t('last7')}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => quick(monthStart, today)}>
            {t('thisMonth')}
          </Button>
        </div>
      </Card>

      {claims.isError && pages === 0 ? (
        <RetryNotice title={errorText(claims.error)} retry={t('tryAgain')} onRetry={claims.refetch} />
      ) : loading ? (
        <LoadingBlock label={t('adding')} />
      ) : (
        <>
          {truncated ? <Notice tone="warning">{t('truncated')}</Notice> : null}
          {claims.isError ? <Notice tone="error" title={errorText(claims.error)}>{t('incomplete')}</Notice> : null}
          <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Total label={t('owes')} hint={t('owesHint')}>{money(total.benefit)}</Total>
            <Total label={t('walletCopays')} hint={t('walletCopaysHint')}>{money(total.walletCopay)}</Total>
            <Total label={t('cashCopays')} hint={t('cashCopaysHint')}>{money(total.cashCopay)}</Total>
            <Total label={t('claims')} hint={t('claimsHint', { approved: n(total.approved), partial: n(total.partial), rejected: n(total.rejected) })}>
              <span className="tabular-nums">{n(total.claims)}</span>
            </Total>
          </dl>
          {days.length === 0 ? (
            <EmptyState title={t('noClaims')}>
              <Link href="/claims/new" className="font-medium text-emerald-800 underline">
                {t('startClaim')}
              </Link>
            </EmptyState>
          ) : (
            <DataTable caption={t('perDay')} columns={dayColumns} rows={days} rowKey={(d) => d.day} minWidth="46rem" hover={false}
              footer={[t('total'), n(total.claims), money(total.dispensed), money(total.walletCopay), money(total.cashCopay), money(total.benefit)]} />
          )}
          <p className="text-xs text-slate-500">{t('footnote')}</p>
        </>
      )}
    </div>
  );
}
