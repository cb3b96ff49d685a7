'use client';

import { addDaysTo, Button, cairoDayOf, Card, EmptyState, formatDay, formatNumber, Money, Notice, TextField, useTRPC } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useUiLocale } from '@/i18n/ui-locale';
import { useErrorText } from '../text/use-error-text';
import { useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { summariseByDay } from '@/lib/daily-summary';

/** Pages of 100 claims; beyond this many the page asks for a shorter range instead of loading on. */
const MAX_PAGES = 50;

function Total({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  const id = useId();
  return (
    <div className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
      <dt id={id} className="text-sm text-slate-600">
        {label}
      </dt>
      <dd aria-labelledby={id} className="mt-1 text-2xl font-semibold">
        {children}
      </dd>
      {hint ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
    </div>
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
    trpc.claims.byPharmacy.infiniteQueryOptions({ from: range.from, to: range.to, limit: 100 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  const pages = claims.data?.pages.length ?? 0;
  const truncated = claims.hasNextPage && pages >= MAX_PAGES;
  useEffect(() => {
    if (claims.hasNextPage && !claims.isFetchingNextPage && !claims.isError && pages < MAX_PAGES) void claims.fetchNextPage();
  }, [claims, pages]);
  const loading = claims.isPending || (claims.hasNextPage && !truncated && !claims.isError);

  const { days, total } = useMemo(() => summariseByDay(claims.data?.pages.flatMap((p) => p.items) ?? []), [claims.data]);

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
        <Notice tone="error" title={errorText(claims.error)}>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => void claims.refetch()}>
            {t('tryAgain')}
          </Button>
        </Notice>
      ) : loading ? (
        <div role="status" aria-label={t('adding')} className="h-48 animate-pulse rounded-2xl bg-slate-200" />
      ) : (
        <>
          {truncated ? <Notice tone="warning">{t('truncated')}</Notice> : null}
          {claims.isError ? <Notice tone="error" title={errorText(claims.error)}>{t('incomplete')}</Notice> : null}
          <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Total label={t('owes')} hint={t('owesHint')}>
              <Money piasters={total.benefit} locale={locale} />
            </Total>
            <Total label={t('walletCopays')} hint={t('walletCopaysHint')}>
              <Money piasters={total.walletCopay} locale={locale} />
            </Total>
            <Total label={t('cashCopays')} hint={t('cashCopaysHint')}>
              <Money piasters={total.cashCopay} locale={locale} />
            </Total>
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
            <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
              <table className="w-full min-w-[46rem] text-sm">
                <caption className="sr-only">{t('perDay')}</caption>
                <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
                  <tr>
                    <th scope="col" className="px-4 py-3 text-start font-medium">{t('day')}</th>
                    <th scope="col" className="px-4 py-3 text-end font-medium">{t('claims')}</th>
                    <th scope="col" className="px-4 py-3 text-end font-medium">{t('dispensed')}</th>
                    <th scope="col" className="px-4 py-3 text-end font-medium">{t('fromWallets')}</th>
                    <th scope="col" className="px-4 py-3 text-end font-medium">{t('inCash')}</th>
                    <th scope="col" className="px-4 py-3 text-end font-medium">{t('owesColumn')}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {days.map((d) => (
                    <tr key={d.day}>
                      <th scope="row" className="px-4 py-3 text-start font-medium">
                        <Link href={`/claims?from=${d.day}&to=${d.day}`} className="text-emerald-800 hover:underline">
                          <time dateTime={d.day}>{formatDay(d.day, locale)}</time>
                        </Link>
                      </th>
                      <td className="px-4 py-3 text-end tabular-nums">
                        {n(d.claims)}
                        {d.rejected > 0 ? <span className="block text-xs text-slate-500">{t('rejectedCount', { count: n(d.rejected) })}</span> : null}
                      </td>
                      <td className="px-4 py-3 text-end">
                        <Money piasters={d.dispensed} locale={locale} />
                      </td>
                      <td className="px-4 py-3 text-end">
                        <Money piasters={d.walletCopay} locale={locale} />
                      </td>
                      <td className="px-4 py-3 text-end">
                        <Money piasters={d.cashCopay} locale={locale} />
                      </td>
                      <td className="px-4 py-3 text-end font-semibold">
                        <Money piasters={d.benefit} locale={locale} />
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot className="border-t border-slate-200 bg-slate-50 font-semibold">
                  <tr>
                    <th scope="row" className="px-4 py-3 text-start">{t('total')}</th>
                    <td className="px-4 py-3 text-end tabular-nums">{n(total.claims)}</td>
                    <td className="px-4 py-3 text-end">
                      <Money piasters={total.dispensed} locale={locale} />
                    </td>
                    <td className="px-4 py-3 text-end">
                      <Money piasters={total.walletCopay} locale={locale} />
                    </td>
                    <td className="px-4 py-3 text-end">
                      <Money piasters={total.cashCopay} locale={locale} />
                    </td>
                    <td className="px-4 py-3 text-end">
                      <Money piasters={total.benefit} locale={locale} />
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
          <p className="text-xs text-slate-500">{t('footnote')}</p>
        </>
      )}
    </div>
  );
}
