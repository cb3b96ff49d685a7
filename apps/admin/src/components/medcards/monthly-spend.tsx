'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Card, formatMonth, Money } from '@healthpay/ui';
import { BarChart } from '../analytics/bar-chart';

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
  const months = lastMonths(month, 6);
  const spend = new Map<string, { benefit: number; claims: number }>();
  for (const c of claims) {
    if (c.status === 'rejected') continue;
    const s = spend.get(c.month) ?? { benefit: 0, claims: 0 };
    spend.set(c.month, { benefit: s.benefit + c.benefit, claims: s.claims + 1 });
  }
  return (
    <Card title="Monthly spend" titleId="spend-heading">
      <BarChart
        caption="Benefit paid per month"
        labelHeader="Month"
        valueHeader="Benefit paid"
        max={monthlyLimit}
        bars={[...months].reverse().map((m) => {
          const s = spend.get(m) ?? { benefit: 0, claims: 0 };
          return {
            key: m,
            label: formatMonth(m, 'en'),
            detail: `${s.claims} claim${s.claims === 1 ? '' : 's'}`,
            value: s.benefit,
            display: <Money piasters={s.benefit} locale="en" />,
          };
        })}
      />
      <p className="mt-2 text-xs text-slate-500">
        Bars are scaled to the current monthly limit (<Money piasters={monthlyLimit} locale="en" />).
        {complete ? '' : ' Older claims were not all loaded: early months may be incomplete.'}
      </p>
    </Card>
  );
}
