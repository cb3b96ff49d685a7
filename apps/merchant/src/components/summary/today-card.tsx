'use client';

import { cairoDayOf, Card, formatNumber, LoadingBlock, Money, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useUiLocale } from '@/i18n/ui-locale';
import { summariseByDay } from '@/lib/daily-summary';

/** Today's claims at a glance (the first 100; the daily summary adds up any number). */
export function TodayCard() {
  const trpc = useTRPC();
  const t = useTranslations('summary');
  const locale = useUiLocale();
  const today = cairoDayOf();
  const claims = useQuery(trpc.claims.byPharmacy.queryOptions({ from: today, to: today, limit: 100 }));
  const { total } = summariseByDay(claims.data?.items ?? []);
  const more = Boolean(claims.data?.nextCursor);
  return (
    <Card title={t('todayCard.title')} titleId="today-card">
      {claims.isPending ? (
        <LoadingBlock label={t('todayCard.loading')} soft className="h-16" />
      ) : claims.isError ? (
        <p className="text-sm text-slate-600">{t('todayCard.error')}</p>
      ) : (
        <dl className="grid gap-3 text-sm min-[420px]:grid-cols-2">
          <div>
            <dt className="text-slate-600">{t('claims')}</dt>
            <dd className="text-xl font-semibold tabular-nums">
              {formatNumber(total.claims, locale)}
              {more ? '+' : ''}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('owes')}</dt>
            <dd className="text-xl font-semibold">
              <Money piasters={total.benefit} locale={locale} />
            </dd>
          </div>
        </dl>
      )}
      <Link href="/summary" className="mt-3 inline-block text-sm font-medium text-emerald-800 underline">
        {t('todayCard.link')}
      </Link>
    </Card>
  );
}
