'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Card, formatMoney, formatMonth, Money } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { BarChart } from '../analytics/bar-chart';
import { usePortalLocale } from './medcard-text';

type Claim = RouterOutputs['claims']['byCard']['items'][number];

/** The last `count` Cairo months up to `current` ("2026-11"), oldest first. */
export function lastMonths(current: string, count: number): string[] {
  const [y, m] = current.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (count - 1 - i), 15));
    return d.toISOString().slice(0, 7);
  });
}

/**
 * Benefit the card paid per month (the last six), against its current monthly limit. Added up from the
 * card's claims: the API exposes the monthly spend of the current month only.
 */
export function MonthlySpend({ claims, month, monthlyLimit, complete }: { claims: Claim[]; month: string; monthlyLimit: number; complete: boolean }) {
  const t = useTranslations('medcards');
  const locale = usePortalLocale();
  const months = lastMonths(month, 6);
  const spend = new Map<string, { benefit: number; claims: number }>();
  for (const c of claims) {
    if (c.status === 'rejected') continue;
    const s = spend.get(c.month) ?? { benefit: 0, claims: 0 };
    spend.set(c.month, { benefit: s.benefit + c.benefit, claims: s.claims + 1 });
  }
  return (
    <Card title={t('spend.title')} titleId="spend-heading">
      <BarChart
        caption={t('spend.caption')}
        labelHeader={t('spend.month')}
        valueHeader={t('spend.benefit')}
        max={monthlyLimit}
        bars={[...months].reverse().map((m) => {
          const s = spend.get(m) ?? { benefit: 0, claims: 0 };
          return {
            key: m,
            label: formatMonth(m, locale),
            detail: t('spend.claims', { count: s.claims }),
            value: s.benefit,
            display: <Money piasters={s.benefit} locale={locale} />,
          };
        })}
      />
      <p className="mt-2 text-xs text-slate-500">
        {t('spend.scale', { limit: formatMoney(monthlyLimit, locale) })}
        {complete ? '' : ` ${t('spend.incomplete')}`}
      </p>
    </Card>
  );
}
