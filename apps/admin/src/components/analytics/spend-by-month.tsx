'use client';

import { formatMonth, Money, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { usePageLocale } from '@/i18n/error-text';
import { BarChart } from './bar-chart';
import { monthsBetween } from './months';
import { Panel } from './panel';

/** Benefit the cards paid per Cairo month, every month of the range (empty ones too), newest first. */
export function SpendByMonth({ range }: { range: { from: string; to: string } }) {
  const t = useTranslations('analytics.month');
  const locale = usePageLocale();
  const trpc = useTRPC();
  const byMonth = useQuery(trpc.analytics.spendByMonth.queryOptions(range));
  const spend = new Map((byMonth.data ?? []).map((r) => [r.month, r]));
  const total = (byMonth.data ?? []).reduce((s, r) => s + r.benefit, 0);
  return (
    <Panel title={t('title')} id="chart-month" query={byMonth}>
      <BarChart
        caption={t('caption')}
        labelHeader={t('label')}
        valueHeader={t('value')}
        bars={monthsBetween(range.from, range.to)
          .reverse()
          .map((m) => {
            const r = spend.get(m);
            return {
              key: m,
              label: formatMonth(m, locale),
              detail: r ? t('detail', { claims: r.claims, cards: r.cards }) : t('none'),
              value: r?.benefit ?? 0,
              display: <Money piasters={r?.benefit ?? 0} locale={locale} />,
            };
          })}
      />
      <p className="mt-3 text-sm">
        {t.rich('total', { amount: () => <Money piasters={total} locale={locale} className="font-semibold" /> })}
      </p>
    </Panel>
  );
}
